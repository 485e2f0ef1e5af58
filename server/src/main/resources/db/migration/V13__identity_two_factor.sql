-- TOTP second factor. secret_cipher holds the shared secret as '<key id>:<base64 AES-256-GCM
-- nonce+ciphertext+tag>' under the personal-data key, bound to the row; it is never stored in plain text.
-- enabled_at is null while set-up waits for the first code. last_used_step is the last 30-second step
-- a code was accepted for: a code for that step or an earlier one is refused (no replay).
create table identity_two_factor (
    user_id        varchar(36)              primary key references identity_user (id) on delete cascade,
    secret_cipher  varchar(200)             not null,
    created_at     timestamp with time zone not null,
    enabled_at     timestamp with time zone,
    last_used_step bigint                   not null
);

-- One-time recovery codes: only their SHA-256 (each code has 50 random bits).
create table identity_recovery_code (
    user_id    varchar(36)              not null references identity_user (id) on delete cascade,
    code_hash  varchar(64)              not null,
    used_at    timestamp with time zone,
    primary key (user_id, code_hash)
);
