-- Backtests that run as jobs (asked for with "Prefer: respond-async", or too large to answer at
-- once): one row each while queued and running, kept after. Progress is written here so that any
-- node can answer a poll; the result itself goes to trading_backtest under the same id.
create table trading_backtest_job (
    id           varchar(36)              primary key,
    status       varchar(12)              not null,
    strategy     varchar(64)              not null,
    symbol       varchar(32)              not null,
    timeframe    varchar(4)               not null,
    bar_count    integer                  not null,
    bars_done    integer                  not null,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    error        varchar(500)
);

create index trading_backtest_job_status_idx on trading_backtest_job (status);
