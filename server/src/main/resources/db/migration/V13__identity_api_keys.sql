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
