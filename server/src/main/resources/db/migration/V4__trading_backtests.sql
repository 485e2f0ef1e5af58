-- One row per backtest: what was asked, the headline figures for listings, and the full result
-- (metrics, fills, trades, equity and drawdown curves) as the JSON the API returns.
-- The result is kept as written so a stored backtest reads back exactly as it was answered.
create table trading_backtest (
    id            varchar(36)              primary key,
    strategy      varchar(64)              not null,
    symbol        varchar(32)              not null,
    timeframe     varchar(4)               not null,
    first_bar     timestamp with time zone not null,
    last_bar      timestamp with time zone not null,
    bar_count     integer                  not null,
    initial_cash  decimal(38, 18)          not null,
    final_equity  decimal(38, 18)          not null,
    total_return  double precision         not null,
    trade_count   integer                  not null,
    created_at    timestamp with time zone not null,
    result_json   text                     not null
);

create index trading_backtest_created_idx on trading_backtest (created_at desc);
