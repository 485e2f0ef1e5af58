-- Backtests, sweeps and backtest jobs belong to the account that asked for them: owner_id is its id.
-- The API finds, lists and deletes only the caller's own rows (another account's id answers 404, as a
-- missing one does); no role reads another account's results through it, administrators included.
--
-- owner_id is null for rows kept before this migration, whose owner nobody recorded, and for what the
-- command line keeps (./sage backtest on a stored instrument; ./sage sweep keeps nothing): those runs are
-- local, made by whoever holds the server's files, and belong to no account. The API shows null-owner
-- rows to nobody; they stay in the database for the command line and for an operator with SQL.
--
-- No foreign key to the accounts: a module's tables reference only its own, and an owner is an id that
-- identity hands out, checked when the request is authenticated.
alter table trading_backtest add column owner_id varchar(36);
alter table trading_sweep add column owner_id varchar(36);
alter table trading_backtest_job add column owner_id varchar(36);

create index trading_backtest_owner_idx on trading_backtest (owner_id, created_at);
create index trading_sweep_owner_idx on trading_sweep (owner_id, created_at);
create index trading_backtest_job_owner_idx on trading_backtest_job (owner_id);
