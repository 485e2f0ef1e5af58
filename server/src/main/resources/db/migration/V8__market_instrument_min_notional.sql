-- The smallest order value a venue accepts, in the quote currency (Coinbase BTC-USD: 1 USD);
-- null where the venue sets none (KRX, US stocks).
alter table market_instrument add column min_notional decimal(38, 18);
