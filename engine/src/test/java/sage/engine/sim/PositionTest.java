package sage.engine.sim;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.engine.sim.SyntheticBars.dec;

class PositionTest {

	@Test
	void addingToALongAccumulatesTheCostBasis() {
		Position position = Position.FLAT.apply(Side.BUY, dec("10"), dec("100")).after();
		Position.Change change = position.apply(Side.BUY, dec("10"), dec("110"));
		assertThat(change.realisedPnl()).isEqualByComparingTo("0");
		assertThat(change.after().quantity()).isEqualByComparingTo("20");
		assertThat(change.after().costBasis()).isEqualByComparingTo("2100");
		assertThat(change.after().averagePrice()).isEqualByComparingTo("105");
	}

	@Test
	void aPartialCloseRealisesAProRataShare() {
		Position position = new Position(dec("20"), dec("2100"));
		Position.Change change = position.apply(Side.SELL, dec("5"), dec("120"));
		assertThat(change.realisedPnl()).isEqualByComparingTo("75");
		assertThat(change.after().quantity()).isEqualByComparingTo("15");
		assertThat(change.after().costBasis()).isEqualByComparingTo("1575");
	}

	@Test
	void aFullCloseRemovesTheWholeBasisEvenWhenItDoesNotDivideEvenly() {
		Position position = new Position(dec("3"), dec("10"));
		Position.Change third = position.apply(Side.SELL, dec("1"), dec("4"));
		assertThat(third.after().costBasis()).isEqualByComparingTo("6.6666666666666667");
		Position.Change rest = third.after().apply(Side.SELL, dec("2"), dec("4"));
		assertThat(rest.after()).isEqualTo(Position.FLAT);
		assertThat(third.realisedPnl().add(rest.realisedPnl())).isEqualByComparingTo("2");
	}

	@Test
	void aShortProfitsWhenBoughtBackLower() {
		Position shortPosition = Position.FLAT.apply(Side.SELL, dec("10"), dec("50")).after();
		assertThat(shortPosition.isShort()).isTrue();
		assertThat(shortPosition.costBasis()).isEqualByComparingTo("-500");
		assertThat(shortPosition.unrealisedPnl(dec("45"))).isEqualByComparingTo("50");
		Position.Change cover = shortPosition.apply(Side.BUY, dec("10"), dec("45"));
		assertThat(cover.realisedPnl()).isEqualByComparingTo("50");
		assertThat(cover.after().isFlat()).isTrue();
	}

	@Test
	void aTradeBiggerThanThePositionFlipsIt() {
		Position position = new Position(dec("10"), dec("1000"));
		Position.Change change = position.apply(Side.SELL, dec("15"), dec("90"));
		assertThat(change.realisedPnl()).isEqualByComparingTo("-100");
		assertThat(change.after().quantity()).isEqualByComparingTo("-5");
		assertThat(change.after().costBasis()).isEqualByComparingTo("-450");
		assertThat(change.after().averagePrice()).isEqualByComparingTo("90");
	}

	@Test
	void flatHasNoValueAndNoAveragePrice() {
		assertThat(Position.FLAT.marketValue(dec("123"))).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(Position.FLAT.averagePrice()).isEqualByComparingTo(BigDecimal.ZERO);
	}

}
