-- Pre-trade limits of a live account, checked before every order placed on it by hand
-- (AccountLimits as JSON; null for none).
alter table trading_account add column limits_json varchar(4000);
