package sage.server.trading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.server.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What paper bots must do on every database Sage supports: run a strategy over replayed
 * bars with exactly the fills a backtest of the same bars gets (parity), keep them after
 * a pause or a lost lease (the replay rebuilds the paper venue and finds the ledger as it
 * was), refuse orders by their risk limits with the rule's code, stop on the kill switch,
 * fail closed when the ledger holds what a replay does not make, and audit every order,
 * fill and state change. Subclasses run it against the embedded default (H2 file) and the
 * real PostgreSQL.
 */
abstract class PaperBotContract {

	/** The grid on BTC-USD daily bars: about 1,770 bars, a few hundred fills. */
	private static final Map<String, BigDecimal> GRID = Map.of("quantityPerLevel", new BigDecimal("0.01"));

	@Autowired
	Bots bots;

	@Autowired
	TradingAccounts accounts;

	@Autowired
	Backtests backtests;

	@Autowired
	JdbcClient jdbc;

	private final UUID owner = UUID.randomUUID();

	private final UUID stranger = UUID.randomUUID();

	@Test
	void aPaperBotFillsExactlyAsABacktestOfTheSameBarsAndIsAudited() {
		TradingAccount account = paperAccount("100000");
		Bot bot = this.bots.create(this.owner, spec(account, "parity", 1000, BotLimits.NONE));
		this.bots.start(this.owner, bot.id());

		Bot done = waitFor(bot.id(), (b) -> b.state().isFinal(), Duration.ofSeconds(90));

		assertThat(done.state()).as(done.stateReason()).isEqualTo(BotState.FINISHED);
		assertThat(done.barsDone()).isEqualTo(done.barsTotal());
		assertParity(done);
		// the list works its figures out of the same fills as the bot's own view
		assertThat(this.bots.list(this.owner)).contains(this.bots.find(this.owner, bot.id()).orElseThrow());
		List<TradingFill> fills = this.bots.fills(this.owner, bot.id());
		assertThat(auditCount("order.placed", bot.id())).isEqualTo(orderCount(bot.id(), "state <> 'REJECTED'"));
		assertThat(auditCount("order.filled", bot.id())).isEqualTo(fills.size());
		assertThat(auditedBotActions(bot.id())).containsSubsequence("bot.created", "bot.running", "bot.finished",
				"bot.stopped-for-good");
		assertThat(orderCount(bot.id(), "state not in ('FILLED', 'CANCELED', 'REJECTED')")).isZero();
		// the account's USD moved by exactly what the bot's cash did
		TradingAccount after = this.accounts.find(this.owner, account.id()).orElseThrow();
		BigDecimal usd = after.balances()
			.stream()
			.filter((b) -> b.currency().equals("USD"))
			.findFirst()
			.orElseThrow()
			.total();
		assertThat(usd).isEqualByComparingTo(new BigDecimal("100000").subtract(done.capital()).add(done.cash()));
	}

	@Test
	void aPausedBotResumesByReplayingAndStillMatchesTheBacktest() {
		TradingAccount account = paperAccount("10000");
		Bot bot = this.bots.create(this.owner, spec(account, "paused", 400, BotLimits.NONE));
		this.bots.start(this.owner, bot.id());
		waitFor(bot.id(), (b) -> b.barsDone() > 300, Duration.ofSeconds(30));
		this.bots.pause(this.owner, bot.id());
		Bot paused = waitFor(bot.id(), (b) -> b.state() == BotState.PAUSED, Duration.ofSeconds(5));
		int fillsWhilePaused = this.bots.fills(this.owner, bot.id()).size();
		assertThat(fillsWhilePaused).isPositive();
		assertThat(paused.barsDone()).isLessThan(paused.barsTotal());

		this.bots.start(this.owner, bot.id());
		Bot done = waitFor(bot.id(), (b) -> b.state().isFinal(), Duration.ofSeconds(60));

		assertThat(done.state()).as(done.stateReason()).isEqualTo(BotState.FINISHED);
		assertParity(done);
	}

	@Test
	void aBotWhoseLeaseLapsesIsTakenOverAndKeepsItsLedger() {
		TradingAccount account = paperAccount("10000");
		Bot bot = this.bots.create(this.owner, spec(account, "lease", 400, BotLimits.NONE));
		this.bots.start(this.owner, bot.id());
		waitFor(bot.id(), (b) -> b.barsDone() > 200, Duration.ofSeconds(30));
		// another node took the lease and died: the runner here loses it at its next
		// bar, the lease lapses, and a node (this one) takes the bot over by replaying it
		this.jdbc.sql("update trading_bot set lease_node = 'a-node-that-died', lease_until = :past where id = :id")
			.param("past", java.time.OffsetDateTime.now().minusMinutes(1))
			.param("id", bot.id())
			.update();

		Bot done = waitFor(bot.id(), (b) -> b.state().isFinal(), Duration.ofSeconds(90));

		assertThat(done.state()).as(done.stateReason()).isEqualTo(BotState.FINISHED);
		assertParity(done);
	}

	@Test
	void riskLimitsRefuseOrdersWithTheRuleAndADrawdownLimitStopsTheBot() {
		TradingAccount account = paperAccount("10000");
		BotLimits tight = new BotLimits(null, new BigDecimal("50"), null, null, null, null, null);
		Bot bot = this.bots.create(this.owner, spec(account, "tight", 1000, tight));
		this.bots.start(this.owner, bot.id());

		Bot done = waitFor(bot.id(), (b) -> b.state().isFinal(), Duration.ofSeconds(90));

		List<TradingOrder> refused = this.bots.orders(this.owner, bot.id(), 1000)
			.stream()
			.filter((o) -> o.state() == OrderState.REJECTED)
			.toList();
		assertThat(refused).isNotEmpty()
			.allSatisfy((o) -> assertThat(o.reason()).startsWith("max-order-notional: order notional "));
		long refusedInAll = orderCount(bot.id(), "state = 'REJECTED' and reason like 'max-%'");
		assertThat(auditCount("bot.risk-limit-hit", bot.id())).isEqualTo(refusedInAll);

		BotLimits drawdown = new BotLimits(null, null, null, null, null, null, new BigDecimal("0.0001"));
		Bot stopped = this.bots.create(this.owner, spec(account, "drawdown", 1000, drawdown));
		this.bots.start(this.owner, stopped.id());
		Bot end = waitFor(stopped.id(), (b) -> b.state().isFinal(), Duration.ofSeconds(90));
		assertThat(end.state()).isEqualTo(BotState.STOPPED);
		assertThat(end.stateReason()).startsWith("max-drawdown: ");
		assertThat(end.openOrders()).isZero();
	}

	@Test
	void theKillSwitchStopsTheOwnersBotsAndCancelsTheirOrders() {
		TradingAccount account = paperAccount("20000");
		Bot bot = this.bots.create(this.owner, spec(account, "killed", 5, BotLimits.NONE));
		Bot idle = this.bots.create(this.owner, spec(account, "idle", 5, BotLimits.NONE));
		this.bots.start(this.owner, bot.id());
		waitFor(bot.id(), (b) -> b.openOrders() > 0, Duration.ofSeconds(30));

		assertThat(this.bots.killSwitch(this.owner).botsStopped()).isEqualTo(2);

		Bot killed = waitFor(bot.id(), (b) -> b.openOrders() == 0, Duration.ofSeconds(10));
		assertThat(killed.state()).isEqualTo(BotState.STOPPED);
		assertThat(killed.stateReason()).isEqualTo("kill switch");
		assertThat(this.bots.find(this.owner, idle.id()).orElseThrow().state()).isEqualTo(BotState.STOPPED);
		assertThat(this.bots.orders(this.owner, bot.id(), 1000))
			.allSatisfy((o) -> assertThat(o.state()).isIn(OrderState.FILLED, OrderState.CANCELED, OrderState.REJECTED));
		assertThat(auditCount("trading.kill-switch", this.owner.toString())).isOne();
		assertThatThrownBy(() -> this.bots.start(this.owner, bot.id())).isInstanceOf(ProblemException.class)
			.hasMessageContaining("stopped");
	}

	@Test
	void aLedgerHoldingAFillNoReplayMakesFailsTheBotClosed() {
		TradingAccount account = paperAccount("10000");
		Bot bot = this.bots.create(this.owner, spec(account, "forged", 400, BotLimits.NONE));
		this.bots.start(this.owner, bot.id());
		waitFor(bot.id(), (b) -> !this.bots.fills(this.owner, b.id()).isEmpty(), Duration.ofSeconds(30));
		this.bots.pause(this.owner, bot.id());
		waitFor(bot.id(), (b) -> b.state() == BotState.PAUSED, Duration.ofSeconds(5));
		TradingFill real = this.bots.fills(this.owner, bot.id()).getFirst();
		this.jdbc.sql("""
				insert into trading_fill (id, order_id, account_id, bot_id, venue_trade_id, symbol, side, price,
				    quantity, fee, fee_currency, bar, sequence, filled_at)
				select :id, order_id, account_id, bot_id, 'forged-1', symbol, side, price, quantity, fee, fee_currency,
				    bar, sequence, filled_at from trading_fill where id = :real""")
			.param("id", UUID.randomUUID().toString())
			.param("real", real.id())
			.update();

		this.bots.start(this.owner, bot.id());
		Bot failed = waitFor(bot.id(), (b) -> b.state().isFinal(), Duration.ofSeconds(30));

		assertThat(failed.state()).isEqualTo(BotState.FAILED);
		assertThat(failed.stateReason()).isEqualTo(
				"reconciliation failed: fill forged-1 is in the ledger, but a replay of the bot does not make it");
	}

	@Test
	void anotherUsersAccountsAndBotsAreNotFoundAndBadRequestsChangeNothing() {
		TradingAccount account = paperAccount("10000");
		Bot bot = this.bots.create(this.owner, spec(account, "mine", 10, BotLimits.NONE));

		assertThat(this.accounts.find(this.stranger, account.id())).isEmpty();
		assertThat(this.bots.find(this.stranger, bot.id())).isEmpty();
		assertThat(this.bots.list(this.stranger)).isEmpty();
		assertThatThrownBy(() -> this.bots.start(this.stranger, bot.id())).isInstanceOf(ProblemException.class)
			.hasMessageContaining("No bot of yours");
		assertThatThrownBy(() -> this.bots.create(this.stranger, spec(account, "theirs", 10, BotLimits.NONE)))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("No trading account of yours");
		// more capital than the account has left once the first bot holds its own
		assertThatThrownBy(() -> this.bots.create(this.owner, spec(account, "greedy", 10, BotLimits.NONE)))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("available");
		assertThatThrownBy(() -> this.bots.create(this.owner, spec(account, "mine", 10, BotLimits.NONE)))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("already have a bot named");
		assertThat(this.bots.list(this.owner)).hasSize(1);
	}

	private void assertParity(Bot bot) {
		BacktestRun backtest = this.backtests.run(null, new BacktestSpec("grid", GRID, "BTC-USD", "1d", null, null,
				bot.capital(), new BigDecimal("0.001"), MonteCarloSpec.OFF));
		List<TradingFill> fills = this.bots.fills(this.owner, bot.id());
		assertThat(fills).hasSize(backtest.fills().size()).isNotEmpty();
		for (int i = 0; i < fills.size(); i++) {
			TradingFill paper = fills.get(i);
			BacktestRun.FillRow expected = backtest.fills().get(i);
			assertThat(paper.filledAt()).as("fill %d time", i).isEqualTo(expected.time());
			assertThat(paper.side()).as("fill %d side", i).isEqualTo(expected.side());
			assertThat(paper.quantity()).as("fill %d quantity", i).isEqualByComparingTo(expected.quantity());
			assertThat(paper.price()).as("fill %d price", i).isEqualByComparingTo(expected.price());
			assertThat(paper.fee()).as("fill %d fee", i).isEqualByComparingTo(expected.fee());
		}
		assertThat(bot.equity()).isEqualByComparingTo(backtest.finalEquity());
		BigDecimal position = fills.stream()
			.map((f) -> f.side().equals("BUY") ? f.quantity() : f.quantity().negate())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(bot.positionQuantity()).isEqualByComparingTo(position);
	}

	private TradingAccount paperAccount(String usd) {
		return this.accounts.openPaper(this.owner, "paper " + UUID.randomUUID().toString().substring(0, 8),
				Map.of("USD", new BigDecimal(usd)));
	}

	private static BotSpec spec(TradingAccount account, String name, int pace, BotLimits limits) {
		return new BotSpec(name, account.id(), "grid", GRID, "BTC-USD", "1d", null, pace, new BigDecimal("10000"),
				new BigDecimal("0.001"), limits);
	}

	private Bot waitFor(String id, Predicate<Bot> condition, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		Bot bot = this.bots.find(this.owner, id).orElseThrow();
		while (!condition.test(bot)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("bot " + id + " did not get there in " + timeout + ": " + bot);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			bot = this.bots.find(this.owner, id).orElseThrow();
		}
		return bot;
	}

	private long auditCount(String action, String entityId) {
		return this.jdbc
			.sql("select count(*) from audit_log where action = :action and (entity_id = :id or "
					+ "new_value like :like)")
			.param("action", action)
			.param("id", entityId)
			.param("like", "%" + entityId + "%")
			.query(Long.class)
			.single();
	}

	private long orderCount(String botId, String condition) {
		return this.jdbc.sql("select count(*) from trading_order where bot_id = :id and " + condition)
			.param("id", botId)
			.query(Long.class)
			.single();
	}

	private List<String> auditedBotActions(String botId) {
		return this.jdbc.sql("select action from audit_log where entity_id = :id order by seq")
			.param("id", botId)
			.query(String.class)
			.list();
	}

}
