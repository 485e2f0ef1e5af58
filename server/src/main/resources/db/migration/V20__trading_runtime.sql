-- The trading runtime: paper accounts, bots, the orders they place and the fills they get.
--
-- An order's intent is committed here, with its client order id, before any venue hears of it; the
-- client order id is unique, so one intent is never sent twice under two ids. Fills are unique per
-- account by the venue's trade id, so a fill seen twice (replayed after a crash, duplicated by a stream)
-- is kept once.
--
-- A paper bot replays stored bars: bars_done is how many it has processed, in the transaction that keeps
-- that bar's fills and equity point. Its venue is rebuilt after a restart by running the bot again over
-- those bars, which places the same orders under the same client order ids (see docs/trading.md).
--
-- A running bot is run by the node holding its lease (lease_node until lease_until); a node renews the
-- leases of the bots it runs, and takes over a running bot whose lease has lapsed.
create table trading_account (
    id          varchar(36)              primary key,
    owner_id    varchar(36)              not null,
    name        varchar(60)              not null,
    venue       varchar(16)              not null,
    created_at  timestamp with time zone not null,
    constraint trading_account_name_uq unique (owner_id, name)
);

create table trading_account_deposit (
    account_id  varchar(36)     not null references trading_account (id) on delete cascade,
    currency    varchar(12)     not null,
    amount      numeric(38, 18) not null,
    primary key (account_id, currency)
);

create table trading_bot (
    id              varchar(36)              primary key,
    owner_id        varchar(36)              not null,
    account_id      varchar(36)              not null references trading_account (id),
    name            varchar(60)              not null,
    strategy        varchar(64)              not null,
    params_json     varchar(4000)            not null,
    symbol          varchar(32)              not null,
    timeframe       varchar(4)               not null,
    replay_from     timestamp with time zone not null,
    bars_per_second integer                  not null,
    capital         numeric(38, 18)          not null,
    currency        varchar(12)              not null,
    commission      numeric(38, 18)          not null,
    limits_json     varchar(4000)            not null,
    state           varchar(12)              not null,
    state_reason    varchar(500),
    bars_done       integer                  not null,
    bars_total      integer                  not null,
    last_price      numeric(38, 18),
    last_bar_at     timestamp with time zone,
    lease_node      varchar(80),
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint trading_bot_name_uq unique (owner_id, name)
);

create index trading_bot_state_idx on trading_bot (state, lease_until);

create table trading_order (
    id              varchar(36)              primary key,
    owner_id        varchar(36)              not null,
    account_id      varchar(36)              not null references trading_account (id),
    bot_id          varchar(36)              references trading_bot (id),
    client_order_id varchar(64)              not null,
    symbol          varchar(32)              not null,
    side            varchar(4)               not null,
    order_type      varchar(12)              not null,
    quantity        numeric(38, 18)          not null,
    limit_price     numeric(38, 18),
    stop_price      numeric(38, 18),
    time_in_force   varchar(4)               not null,
    reduce_only     boolean                  not null,
    state           varchar(20)              not null,
    venue_order_id  varchar(64),
    filled_quantity numeric(38, 18)          not null,
    reason          varchar(500),
    decided_bar     integer,
    canceled_bar    integer,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint trading_order_client_id_uq unique (client_order_id)
);

create index trading_order_bot_idx on trading_order (bot_id, created_at);
create index trading_order_account_idx on trading_order (account_id, created_at);

create table trading_fill (
    id             varchar(36)              primary key,
    order_id       varchar(36)              not null references trading_order (id),
    account_id     varchar(36)              not null references trading_account (id),
    bot_id         varchar(36)              references trading_bot (id),
    venue_trade_id varchar(64)              not null,
    symbol         varchar(32)              not null,
    side           varchar(4)               not null,
    price          numeric(38, 18)          not null,
    quantity       numeric(38, 18)          not null,
    fee            numeric(38, 18)          not null,
    fee_currency   varchar(12)              not null,
    bar            integer,
    sequence       integer,
    filled_at      timestamp with time zone not null,
    constraint trading_fill_trade_uq unique (account_id, venue_trade_id)
);

create index trading_fill_bot_idx on trading_fill (bot_id, filled_at);

create table trading_bot_equity (
    bot_id  varchar(36)              not null references trading_bot (id),
    bar     integer                  not null,
    at      timestamp with time zone not null,
    equity  numeric(38, 18)          not null,
    primary key (bot_id, bar)
);
