import type { components } from '@/lib/api/schema';

// Named after the server's schemas, so a changed contract breaks the type-check.
export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyList = components['schemas']['ApiKeyList'];
export type ApiKeyRequest = components['schemas']['ApiKeyRequest'];
export type IssuedApiKey = components['schemas']['IssuedApiKey'];
export type Scope = ApiKey['scopes'][number];
