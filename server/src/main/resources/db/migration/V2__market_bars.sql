-- Bars keyed by (instrument, timeframe, open time). Prices are analytics data (double), not money.
create table market_bar (
    instrument_id bigint                   not null references market_instrument (id) on delete cascade,
    timeframe     varchar(4)               not null,
    open_time     timestamp with time zone not null,
    open_price    double precision         not null,
    high_price    double precision         not null,
    low_price     double precision         not null,
    close_price   double precision         not null,
    volume        double precision         not null,
    primary key (instrument_id, timeframe, open_time)
);

-- What each stored series covers, kept current on every write so listings need no scan.
create table market_series (
    instrument_id  bigint                   not null references market_instrument (id) on delete cascade,
    timeframe      varchar(4)               not null,
    source         varchar(300)             not null,
    bar_count      integer                  not null,
    first_bar      timestamp with time zone,
    last_bar       timestamp with time zone,
    last_close     double precision,
    previous_close double precision,
    primary key (instrument_id, timeframe)
);
