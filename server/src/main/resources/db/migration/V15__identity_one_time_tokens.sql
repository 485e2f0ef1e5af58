-- One-time tokens sent by email: confirming an address (VERIFY_EMAIL, 24 hours) and resetting a password
-- (RESET_PASSWORD, 30 minutes). The token itself (256 random bits, base64url) is only in the email: token_hash is
-- its SHA-256, hex, as for API keys (a random 256-bit secret needs no slow hash). A token works once (used_at is
-- set when it is); asking for a new reset token voids the account's unused ones (used_at set, never redeemed).
create table identity_one_time_token (
    token_hash  varchar(64)              primary key,
    user_id     varchar(36)              not null references identity_user (id) on delete cascade,
    purpose     varchar(16)              not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

create index identity_one_time_token_user_idx on identity_one_time_token (user_id, purpose);
