package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import sage.engine.sim.Side;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the pre-trade check over generated (synthetic) orders, accounts and
 * limits. The figures are drawn close to the limits, so that most orders break one rule
 * or more and every rule refuses some of them (see the statistics each property prints).
 * Each property was seen failing on a planted bug: a breach under another rule's code,
 * {@code check} scanning the rules backwards, a rule built for a limit that is not set, a
 * rule without the reduce-only exemption, and {@code merge} keeping the looser figure or
 * the union of the symbols.
 */
class PreTradeCheckProperties {

	private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT");

	@Property(tries = 200)
	void anOrderRefusedIsRefusedByTheNamedRuleCheckedAlone(@ForAll("limits") RiskLimits limits,
			@ForAll("orders") OrderIntent order, @ForAll("exposures") Exposure exposure) {
		Optional<RiskBreach> breach = new PreTradeCheck(limits).check(order, exposure);
		Statistics.label("first breach").collect(breach.map(RiskBreach::rule).orElse("none"));
		breach.ifPresent(
				(refused) -> assertThat(new PreTradeCheck(onlyThe(refused.rule(), limits)).check(order, exposure))
					.contains(refused));
	}

	@Property(tries = 200)
	void checkIsTheFirstOfCheckAll(@ForAll("limits") RiskLimits limits, @ForAll("orders") OrderIntent order,
			@ForAll("exposures") Exposure exposure) {
		PreTradeCheck check = new PreTradeCheck(limits);
		List<RiskBreach> all = check.checkAll(order, exposure);
		Statistics.label("breaches").collect(all.size());
		assertThat(check.check(order, exposure)).isEqualTo(all.stream().findFirst());
		List<String> ruleOrder = check.rules().stream().map(RiskRule::code).toList();
		assertThat(all).extracting(RiskBreach::rule).isSubsetOf(ruleOrder);
		assertThat(all).extracting(RiskBreach::rule)
			.isSortedAccordingTo((one, other) -> Integer.compare(ruleOrder.indexOf(one), ruleOrder.indexOf(other)));
	}

	@Property(tries = 200)
	void withNoLimitsNothingIsRefused(@ForAll("orders") OrderIntent order, @ForAll("exposures") Exposure exposure) {
		assertThat(new PreTradeCheck(RiskLimits.NONE).checkAll(order, exposure)).isEmpty();
	}

	@Property(tries = 200)
	void aReduceOnlyOrderAgainstThePositionIsNeverRefused(@ForAll("limits") RiskLimits limits,
			@ForAll("orders") OrderIntent anyOrder, @ForAll("exposures") Exposure exposure) {
		BigDecimal position = exposure.positionQuantity();
		if (position.signum() == 0) {
			position = BigDecimal.ONE;
			exposure = new Exposure(position, exposure.openOrders(), exposure.equity(), exposure.peakEquity(),
					exposure.dayStartEquity(), exposure.grossExposure());
		}
		Side against = (position.signum() > 0) ? Side.SELL : Side.BUY;
		OrderIntent order = new OrderIntent(anyOrder.symbol(), against, anyOrder.quantity(), anyOrder.price(), true);
		Statistics.label("larger than the position").collect(order.quantity().compareTo(position.abs()) > 0);
		Statistics.label("refused without reduce-only")
			.collect(new PreTradeCheck(limits).check(withoutReduceOnly(order), exposure).isPresent());
		assertThat(new PreTradeCheck(limits).checkAll(order, exposure)).isEmpty();
	}

	@Property(tries = 200)
	void mergedLimitsBreakEveryRuleEitherBreaks(@ForAll("limits") RiskLimits account, @ForAll("limits") RiskLimits bot,
			@ForAll("orders") OrderIntent order, @ForAll("exposures") Exposure exposure) {
		Set<String> either = new HashSet<>(rulesBroken(account, order, exposure));
		either.addAll(rulesBroken(bot, order, exposure));
		Statistics.label("rules either breaks").collect(either.size());
		Statistics.label("symbol allowed by one only")
			.collect(account.allowedSymbols() != null && bot.allowedSymbols() != null && account.allowedSymbols()
				.contains(order.symbol()) != bot.allowedSymbols().contains(order.symbol()));
		assertThat(rulesBroken(account.merge(bot), order, exposure)).containsExactlyInAnyOrderElementsOf(either);
	}

	private static List<String> rulesBroken(RiskLimits limits, OrderIntent order, Exposure exposure) {
		return new PreTradeCheck(limits).checkAll(order, exposure).stream().map(RiskBreach::rule).toList();
	}

	/** The limits with only the one behind {@code code} set. */
	private static RiskLimits onlyThe(String code, RiskLimits limits) {
		RiskLimits none = RiskLimits.NONE;
		return switch (code) {
			case AllowedSymbols.CODE -> none.withAllowedSymbols(limits.allowedSymbols());
			case DailyLossLimit.CODE -> none.withMaxDailyLoss(limits.maxDailyLoss());
			case MaxDrawdown.CODE -> none.withMaxDrawdown(limits.maxDrawdown());
			case MaxOrderNotional.CODE -> none.withMaxOrderNotional(limits.maxOrderNotional());
			case MaxOpenOrders.CODE -> none.withMaxOpenOrders(limits.maxOpenOrders());
			case MaxPositionSize.CODE -> none.withMaxPositionQuantity(limits.maxPositionQuantity());
			case MaxLeverage.CODE -> none.withMaxLeverage(limits.maxLeverage());
			default -> throw new AssertionError("unknown rule " + code);
		};
	}

	private static OrderIntent withoutReduceOnly(OrderIntent order) {
		return new OrderIntent(order.symbol(), order.side(), order.quantity(), order.price(), false);
	}

	@Provide
	Arbitrary<OrderIntent> orders() {
		return Combinators
			.combine(Arbitraries.of(SYMBOLS), Arbitraries.of(Side.class), decimals("0.01", "10", 2),
					decimals("1", "1000", 2), Arbitraries.of(true, false))
			.as(OrderIntent::new);
	}

	@Provide
	Arbitrary<Exposure> exposures() {
		return Combinators
			.combine(decimals("-20", "20", 2), Arbitraries.integers().between(0, 5), decimals("-100", "20000", 2),
					decimals("0", "20000", 2), decimals("0", "10000", 2), decimals("0", "100000", 2))
			.as((position, openOrders, equity, dayStart, aboveBoth, gross) -> {
				BigDecimal peak = equity.max(dayStart).add(aboveBoth).max(new BigDecimal("0.01"));
				return new Exposure(position, openOrders, equity, peak, dayStart, gross);
			});
	}

	@Provide
	Arbitrary<RiskLimits> limits() {
		Arbitrary<List<String>> symbols = Arbitraries.of(SYMBOLS).list().uniqueElements().ofMaxSize(3);
		return Combinators
			.combine(decimals("0.01", "20", 2).injectNull(0.5), decimals("1", "10000", 2).injectNull(0.5),
					Arbitraries.integers().between(1, 5).injectNull(0.5), symbols.injectNull(0.5),
					decimals("0.1", "10", 1).injectNull(0.5), decimals("1", "5000", 2).injectNull(0.5),
					decimals("0.01", "1", 2).injectNull(0.5))
			.as((position, notional, openOrders, allowed, leverage, dailyLoss, drawdown) -> new RiskLimits(position,
					notional, openOrders, (allowed != null) ? Set.copyOf(allowed) : null, leverage, dailyLoss,
					drawdown));
	}

	private static Arbitrary<BigDecimal> decimals(String from, String to, int scale) {
		return Arbitraries.bigDecimals().between(new BigDecimal(from), new BigDecimal(to)).ofScale(scale);
	}

}
