package sage.engine.paper;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is conserved (exchange-core's balance check): after every command, the total of
 * each currency over all accounts, plus the fees collected for the quote currency, is
 * what was deposited; no account is overdrawn and every reservation is what its open
 * orders hold. Accounts start with small, random funds so that orders are often refused
 * for insufficient balance.
 */
class MoneyConservationProperties {

	@Property(tries = 300)
	void eachCurrencyIsConservedAfterEveryCommand(@ForAll("commands") List<Command> commands,
			@ForAll("funding") List<Integer> funding) {
		MatchingEngine engine = new MatchingEngine(CommandStreams.SPEC, CommandStreams.FEES);
		BigDecimal base = BigDecimal.ZERO;
		BigDecimal quote = BigDecimal.ZERO;
		for (int account = 1; account <= CommandStreams.ACCOUNTS; account++) {
			// base up to 0.2 (about seven orders), quote up to 20 (about seven orders at
			// 100)
			BigDecimal baseDeposit = BigDecimal.valueOf(funding.get(2 * account - 2), 3);
			BigDecimal quoteDeposit = BigDecimal.valueOf(funding.get(2 * account - 1), 2);
			if (baseDeposit.signum() > 0) {
				engine.deposit(account, Asset.BASE, baseDeposit);
				base = base.add(baseDeposit);
			}
			if (quoteDeposit.signum() > 0) {
				engine.deposit(account, Asset.QUOTE, quoteDeposit);
				quote = quote.add(quoteDeposit);
			}
		}
		for (Command command : commands) {
			for (ExchangeEvent event : engine.handle(command)) {
				if (event instanceof ExchangeEvent.Execution) {
					Statistics.label("events").collect("execution");
				}
				else if (event instanceof ExchangeEvent.OrderRejected rejected
						&& rejected.reason() == Reason.INSUFFICIENT_BALANCE) {
					Statistics.label("events").collect("insufficient-balance");
				}
			}
			BigDecimal baseHeld = BigDecimal.ZERO;
			BigDecimal quoteHeld = BigDecimal.ZERO;
			for (long account = 1; account <= CommandStreams.ACCOUNTS; account++) {
				baseHeld = baseHeld.add(engine.balance(account, Asset.BASE).total());
				quoteHeld = quoteHeld.add(engine.balance(account, Asset.QUOTE).total());
			}
			assertThat(baseHeld).as("base after %s", command).isEqualByComparingTo(base);
			assertThat(quoteHeld.add(engine.feesCollected())).as("quote after %s", command).isEqualByComparingTo(quote);
			engine.checkInvariants();
		}
		Statistics.label("events").coverage((coverage) -> {
			coverage.check("execution").count((count) -> count > 0);
			coverage.check("insufficient-balance").count((count) -> count > 0);
		});
	}

	@Provide
	Arbitrary<List<Command>> commands() {
		return CommandStreams.commands(300);
	}

	@Provide
	Arbitrary<List<Integer>> funding() {
		return Arbitraries.integers().between(0, 2_000).list().ofSize(2 * CommandStreams.ACCOUNTS);
	}

}
