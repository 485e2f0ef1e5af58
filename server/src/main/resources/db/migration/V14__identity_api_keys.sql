-- Personal API keys. The key itself (sage_<id>_<secret>) is shown once and never stored: secret_hash is the
-- SHA-256 of its 256-bit random secret, hex. A fast hash suffices because the secret is random and long
-- (no dictionary or brute force reaches 2^256); slow password hashes exist for low-entropy secrets, and
-- would make every API request pay for one. scopes is a comma-separated list of read, trade, admin.
create table identity_api_key (
    id            varchar(36)              primary key,
    user_id       varchar(36)              not null references identity_user (id) on delete cascade,
    name          varchar(64)              not null,
    scopes        varchar(64)              not null,
    secret_hash   varchar(64)              not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone,
    rotated_at    timestamp with time zone,
    last_used_at  timestamp with time zone
);

create index identity_api_key_user_idx on identity_api_key (user_id, created_at);

-- Refresh tokens of the access tokens (JWTs) an API key is exchanged for. Opaque, 256 random bits, stored as
-- their SHA-256 (hex), good once: a refresh deletes the row and issues a new token. Revoking the key deletes
-- its refresh tokens with it.
create table identity_refresh_token (
    token_hash  varchar(64)              primary key,
    key_id      varchar(36)              not null references identity_api_key (id) on delete cascade,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);

create index identity_refresh_token_key_idx on identity_refresh_token (key_id);
