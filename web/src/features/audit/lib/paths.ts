/** Where the audit log lives, for links from settings and the administration pages. */
export const AUDIT_PATH = '/admin/audit';
