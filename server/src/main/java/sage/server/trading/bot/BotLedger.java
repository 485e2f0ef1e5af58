package sage.server.trading.bot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import sage.engine.sim.Account;
import sage.engine.sim.Fill;
import sage.engine.sim.Liquidity;
import sage.engine.sim.Side;
import sage.server.trading.TradingFill;

/**
 * A bot's cash, position and P&L, worked out from its kept fills by the simulator's own
 * ledger, as a backtest's are.
 *
 * <p>
 * An exchange may take a fee in the asset bought rather than in the quote currency
 * (Binance does, unless BNB pays it): the bot then holds that much less, so the fee comes
 * off the quantity, and counts as a fee of its value at the fill's price. A fee in a
 * third asset (BNB) is paid from outside the bot's capital and leaves its ledger as it
 * is.
 */
public final class BotLedger {

	private BotLedger() {
	}

	/** The bot's account after its fills, oldest first. */
	public static Account of(BotRow bot, List<TradingFill> fills) {
		String base = baseAsset(bot.symbol());
		return Account.after(bot.capital(),
				fills.stream().map((fill) -> engineFill(fill, base, bot.currency())).toList());
	}

	private static Fill engineFill(TradingFill fill, String base, String quote) {
		Side side = Side.valueOf(fill.side());
		String feeAsset = fill.feeCurrency().toUpperCase(Locale.ROOT);
		BigDecimal quantity = fill.quantity();
		BigDecimal fee = fill.fee();
		if (!feeAsset.equals(quote.toUpperCase(Locale.ROOT))) {
			if (feeAsset.equals(base) && side == Side.BUY) {
				// paid for all of it, holds less: the fee is worth its quantity at the
				// price
				quantity = quantity.subtract(fee);
				fee = fee.multiply(fill.price());
			}
			else {
				fee = BigDecimal.ZERO;
			}
		}
		return new Fill(0, 0, fill.filledAt().toEpochMilli(), side, quantity, fill.price(), fee, Liquidity.TAKER);
	}

	/** {@code BTC} of {@code BTC-USDT}; the whole symbol when it names no pair. */
	static String baseAsset(String symbol) {
		int dash = symbol.indexOf('-');
		return ((dash > 0) ? symbol.substring(0, dash) : symbol).toUpperCase(Locale.ROOT);
	}

}
