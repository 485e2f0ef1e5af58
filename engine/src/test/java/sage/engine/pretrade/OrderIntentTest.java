package sage.engine.pretrade;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static sage.engine.pretrade.SampleOrders.buy;
import static sage.engine.pretrade.SampleOrders.dec;
import static sage.engine.pretrade.SampleOrders.reduceOnly;
import static sage.engine.pretrade.SampleOrders.sell;

class OrderIntentTest {

	@Test
	void theNotionalIsQuantityTimesPriceExactly() {
		assertThat(buy("0.123", "25000.01").notional()).isEqualTo(dec("3075.00123"));
	}

	@Test
	void aSellMovesThePositionDown() {
		assertThat(sell("8", "100").positionAfter(dec("3"))).isEqualByComparingTo("-5");
		assertThat(buy("8", "100").positionAfter(dec("-3"))).isEqualByComparingTo("5");
	}

	@Test
	void growsComparesSizesWhateverTheSide() {
		assertThat(buy("1", "100").grows(dec("0"))).isTrue();
		assertThat(sell("1", "100").grows(dec("-2"))).isTrue();
		assertThat(sell("2", "100").grows(dec("3"))).isFalse();
		assertThat(sell("6", "100").grows(dec("3"))).isFalse();
		assertThat(sell("7", "100").grows(dec("3"))).isTrue();
	}

	@Test
	void onlyAReduceOnlyOrderAgainstThePositionReduces() {
		assertThat(reduceOnly(sell("9", "100")).reduces(dec("3"))).isTrue();
		assertThat(reduceOnly(buy("1", "100")).reduces(dec("-3"))).isTrue();
		assertThat(reduceOnly(buy("1", "100")).reduces(dec("3"))).isFalse();
		assertThat(reduceOnly(sell("1", "100")).reduces(dec("0"))).isFalse();
		assertThat(sell("1", "100").reduces(dec("3"))).isFalse();
	}

	@Test
	void refusesWhatNoVenueWouldTake() {
		assertThatIllegalArgumentException().isThrownBy(() -> buy("0", "100"));
		assertThatIllegalArgumentException().isThrownBy(() -> buy("1", "-1"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderIntent(" ", Side.BUY, BigDecimal.ONE, BigDecimal.ONE, false));
		assertThatNullPointerException()
			.isThrownBy(() -> new OrderIntent("BTCUSDT", null, BigDecimal.ONE, BigDecimal.ONE, false));
	}

}
