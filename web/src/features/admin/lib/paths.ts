/** Where the administration pages live, for links from settings and the navigation. */
export const ADMIN_PATH = '/admin';
export const USERS_PATH = '/admin/users';
