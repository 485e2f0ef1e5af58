-- The calls an answer makes (symbol, buy/hold/sell, the price it stated and when that price held,
-- horizon, confidence), kept with the answer as signals_json; and each user's shadow portfolio:
-- the calls they chose to track. A call keeps everything it is scored by, so that deleting the
-- chat it came from leaves it as it was; unique per owner, answer and symbol, so that adding a
-- call twice keeps one.
alter table advisor_message add column signals_json text;

create table advisor_shadow_call (
    id            varchar(36)              not null primary key,
    owner_id      varchar(36)              not null,
    message_id    varchar(36)              not null,
    symbol        varchar(32)              not null,
    stance        varchar(8)               not null,
    entry_price   numeric(38, 18)          not null,
    currency      varchar(16),
    priced_at     timestamp with time zone not null,
    horizon_days  integer                  not null,
    confidence    numeric(5, 4)            not null,
    added_at      timestamp with time zone not null,
    unique (owner_id, message_id, symbol)
);

create index advisor_shadow_call_owner_idx on advisor_shadow_call (owner_id, added_at);
