package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Account;
import sage.server.trading.BotLimits;
import sage.server.trading.BotState;
import sage.server.trading.TradingFill;

import static org.assertj.core.api.Assertions.assertThat;

class BotLedgerTest {

	private static final BotRow BOT = new BotRow(UUID.randomUUID().toString(), UUID.randomUUID(),
			UUID.randomUUID().toString(), "grid", "grid", Map.of(), "BTC-USDT", "1m", Instant.EPOCH, 1,
			new BigDecimal("1000"), "USDT", BigDecimal.ZERO, BotLimits.NONE, BotState.RUNNING, null, 0, 0, null, null,
			null, Instant.EPOCH);

	@Test
	void aFeeInTheQuoteCurrencyComesOffTheCash() {
		Account account = BotLedger.of(BOT, List.of(fill("BUY", "0.01", "60000", "0.6", "USDT")));
		assertThat(account.position().quantity()).isEqualByComparingTo("0.01");
		assertThat(account.cash()).isEqualByComparingTo("399.4");
		assertThat(account.feesPaid()).isEqualByComparingTo("0.6");
	}

	@Test
	void aFeeInTheAssetBoughtComesOffTheQuantityHeld() {
		// Binance takes a buyer's fee in the asset bought unless BNB pays it
		Account account = BotLedger.of(BOT, List.of(fill("BUY", "0.01", "60000", "0.00001", "BTC")));
		assertThat(account.position().quantity()).isEqualByComparingTo("0.00999");
		assertThat(account.cash()).isEqualByComparingTo("400");
		assertThat(account.feesPaid()).isEqualByComparingTo("0.6");
		assertThat(account.equity(new BigDecimal("60000"))).isEqualByComparingTo("999.4");
	}

	@Test
	void aFeeInAThirdAssetLeavesTheBotsLedgerAsItIs() {
		Account account = BotLedger.of(BOT,
				List.of(fill("BUY", "0.01", "60000", "0.0009", "BNB"), fill("SELL", "0.01", "61000", "0.0009", "BNB")));
		assertThat(account.position().isFlat()).isTrue();
		assertThat(account.cash()).isEqualByComparingTo("1010");
		assertThat(account.realisedPnl()).isEqualByComparingTo("10");
	}

	private static TradingFill fill(String side, String quantity, String price, String fee, String feeAsset) {
		return new TradingFill(UUID.randomUUID().toString(), "order", BOT.id(), "t" + System.nanoTime(), "BTCUSDT",
				side, new BigDecimal(price), new BigDecimal(quantity), new BigDecimal(fee), feeAsset, Instant.EPOCH);
	}

}
