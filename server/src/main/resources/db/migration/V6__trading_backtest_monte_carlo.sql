-- The Monte Carlo of each backtest's closed trades: how the drawdown and the final equity spread
-- when the trades are resampled, beside the trades in the order they happened. One row per
-- backtest kept since this migration (older backtests have none); deleted with its backtest.
-- Figures are fractions (drawdowns, probability) or amounts in the backtest's currency (final
-- equity); they are null unless status is DONE.
create table trading_backtest_monte_carlo (
    backtest_id              varchar(36)      primary key
                             references trading_backtest (id) on delete cascade,
    status                   varchar(24)      not null,
    detail                   varchar(500)     not null,
    runs                     integer          not null,
    resampling               varchar(12)      not null,
    seed                     bigint           not null,
    trade_count              integer          not null,
    min_trades               integer          not null,
    drawdown_multiple        double precision not null,
    historical_max_drawdown  double precision,
    max_drawdown_p5          double precision,
    max_drawdown_p25         double precision,
    max_drawdown_p50         double precision,
    max_drawdown_p75         double precision,
    max_drawdown_p95         double precision,
    max_drawdown_worst       double precision,
    historical_final_equity  double precision,
    final_equity_p5          double precision,
    final_equity_p25         double precision,
    final_equity_p50         double precision,
    final_equity_p75         double precision,
    final_equity_p95         double precision,
    final_equity_worst       double precision,
    probability_beyond       double precision
);
