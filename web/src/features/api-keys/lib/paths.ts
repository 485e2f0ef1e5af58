/** Where the API key page lives, for links from settings. */
export const API_KEYS_PATH = '/settings/api-keys';
