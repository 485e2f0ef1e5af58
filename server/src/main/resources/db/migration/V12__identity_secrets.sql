-- The secrets vault. A value is never stored in plain text: ciphertext holds base64 of the AES-256-GCM
-- nonce+ciphertext+tag under the secret's own random data key, wrapped_key that data key sealed with
-- AES-256-GCM under the key-encryption key kek_id. last4 is the value's last four characters (only for
-- values of 16 characters or more), so the owner can tell keys apart.
create table identity_secret (
    id            varchar(36)              primary key,
    user_id       varchar(36)              not null references identity_user (id) on delete cascade,
    kind          varchar(32)              not null,
    label         varchar(64)              not null,
    last4         varchar(4),
    kek_id        varchar(16)              not null,
    wrapped_key   varchar(100)             not null,
    ciphertext    varchar(11000)           not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone
);

create index identity_secret_user_idx on identity_secret (user_id, created_at);

-- Re-wrapping after a key rotation looks rows up by their KEK.
create index identity_secret_kek_idx on identity_secret (kek_id);
