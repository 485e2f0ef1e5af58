-- Live exchange accounts, orders placed by hand, and the requests that placed them.
--
-- A live account's API key, secret (and passphrase, for venues that have one) are in the vault
-- (identity_secret); the account names them by id, never by value. key_hint is the key's first and
-- last four characters, for the owner to recognise it. halted_until is set when the venue bans this
-- client (Binance HTTP 418): nothing is sent to it before then, even after a restart.
alter table trading_account add column api_key_secret_id varchar(36);
alter table trading_account add column api_secret_secret_id varchar(36);
alter table trading_account add column passphrase_secret_id varchar(36);
alter table trading_account add column key_hint varchar(16);
alter table trading_account add column halted_until timestamp with time zone;
alter table trading_account add column halt_reason varchar(500);

-- The last balances the venue reported, shown with their time when it cannot be asked.
create table trading_account_balance (
    account_id  varchar(36)              not null references trading_account (id) on delete cascade,
    currency    varchar(16)              not null,
    amount      numeric(38, 18)          not null,
    as_of       timestamp with time zone not null,
    primary key (account_id, currency)
);

-- imported: an order found at the venue that Sage did not place (placed on the venue's own site,
-- or by another program with the same key); its fills are kept like any other.
-- venue_filled_quantity: what the venue last said had filled, which may run ahead of the fills
-- kept until they are read.
alter table trading_order add column imported boolean default false not null;
alter table trading_order add column venue_filled_quantity numeric(38, 18);

create index trading_order_venue_idx on trading_order (account_id, venue_order_id);
create index trading_order_state_idx on trading_order (account_id, state);

-- One row per Idempotency-Key of a person's order request: the same key again returns the order
-- the first request placed, however many times and however concurrently it is sent. request_hash
-- tells a retry from a different order sent under a key already used.
create table trading_order_request (
    owner_id        varchar(36)              not null,
    idempotency_key varchar(100)             not null,
    request_hash    varchar(64)              not null,
    order_id        varchar(36)              not null references trading_order (id),
    created_at      timestamp with time zone not null,
    primary key (owner_id, idempotency_key)
);
