-- Accounts. Personal data is never stored in plain text: email_cipher and display_name_cipher hold
-- '<key id>:<base64 AES-256-GCM nonce+ciphertext+tag>', and email_index the HMAC-SHA256 of the normalised
-- email (a keyed blind index) that sign-in looks accounts up by. password_hash is an Argon2id PHC string.
create table identity_user (
    id                  varchar(36)              primary key,
    email_index         varchar(64)              not null,
    email_cipher        varchar(600)             not null,
    display_name_cipher varchar(700),
    password_hash       varchar(200)             not null,
    role                varchar(12)              not null,
    tier                varchar(8)               not null,
    email_verified      boolean                  not null,
    failed_attempts     integer                  not null,
    locked_until        timestamp with time zone,
    created_at          timestamp with time zone not null,
    locale              varchar(8)               not null,
    time_zone           varchar(64)              not null,
    base_currency       varchar(3)               not null,
    experience_level    varchar(16)              not null,
    risk_tolerance      varchar(16)              not null,
    notify_in_app       boolean                  not null,
    notify_email        boolean                  not null,
    notify_push         boolean                  not null,
    constraint identity_user_email_index unique (email_index)
);

create index identity_user_role_idx on identity_user (role);

-- Several named, ordered watchlists per user; the first by position is the default one.
create table identity_watchlist (
    id          varchar(36)              primary key,
    user_id     varchar(36)              not null references identity_user (id) on delete cascade,
    name        varchar(64)              not null,
    position    integer                  not null,
    created_at  timestamp with time zone not null
);

create index identity_watchlist_user_idx on identity_watchlist (user_id, position);

-- The symbols of a watchlist, in the user's order.
create table identity_watchlist_item (
    watchlist_id  varchar(36)              not null references identity_watchlist (id) on delete cascade,
    symbol        varchar(32)              not null,
    position      integer                  not null,
    added_at      timestamp with time zone not null,
    primary key (watchlist_id, symbol)
);
