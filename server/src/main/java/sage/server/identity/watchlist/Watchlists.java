package sage.server.identity.watchlist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * A user's watchlists: several, named and ordered, each an ordered list of symbols. The
 * first list is the default one, created on first use. Symbols are checked for shape only
 * (the market's own symbol pattern), not against the instruments: a symbol may be watched
 * before it is imported, and identity depends on no business module.
 */
@Service
@Transactional
public class Watchlists {

	/** The most lists a user may have. */
	public static final int MAX_LISTS = 20;

	/** The most symbols a list may hold. */
	public static final int MAX_SYMBOLS = 200;

	/** The name of the list created on first use. */
	public static final String DEFAULT_NAME = "Watchlist";

	/** What a symbol may look like (the market module's pattern). */
	public static final String SYMBOL_REGEXP = "[A-Za-z0-9^][A-Za-z0-9.^_-]{0,31}";

	/** What a refused symbol is told. */
	public static final String SYMBOL_MESSAGE = "must be 1-32 letters, digits, '.', '-', '_' or '^'";

	private static final Pattern SYMBOL = Pattern.compile(SYMBOL_REGEXP);

	private final WatchlistStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public Watchlists(WatchlistStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** The user's lists in order. */
	@Transactional(readOnly = true)
	public List<Watchlist> all(UUID owner) {
		return this.store.all(owner);
	}

	/** The user's first list, created empty if they have none. */
	public Watchlist defaultList(UUID owner) {
		List<Watchlist> lists = this.store.all(owner);
		if (!lists.isEmpty()) {
			return lists.get(0);
		}
		return create(owner, DEFAULT_NAME);
	}

	/**
	 * One of the user's lists.
	 * @throws ProblemException {@code watchlist-not-found}, also for another user's list
	 */
	@Transactional(readOnly = true)
	public Watchlist get(UUID owner, UUID id) {
		return this.store.find(owner, id).orElseThrow(() -> IdentityProblems.watchlistNotFound(id));
	}

	/** Creates an empty list after the user's others. */
	public Watchlist create(UUID owner, String name) {
		String checked = checkName(name);
		if (this.store.all(owner).size() >= MAX_LISTS) {
			throw new ProblemException(IdentityProblems.WATCHLIST_LIMIT,
					"You have " + MAX_LISTS + " watchlists, the most allowed; delete one first.");
		}
		UUID id = UUID.randomUUID();
		refuseTakenName(owner, checked, id);
		this.store.create(owner, id, checked, this.clock.instant());
		changed(owner, id, "created");
		return get(owner, id);
	}

	/** Renames a list and replaces its symbols, in the order given. */
	public Watchlist replace(UUID owner, UUID id, String name, List<String> symbols) {
		Watchlist list = get(owner, id);
		String checked = checkName(name);
		List<String> ordered = checkSymbols(symbols);
		refuseTakenName(owner, checked, id);
		if (!checked.equals(list.name())) {
			this.store.rename(owner, id, checked);
		}
		this.store.replaceSymbols(id, ordered, this.clock.instant());
		changed(owner, id, "changed");
		return get(owner, id);
	}

	/** Adds a symbol at the end of a list; a symbol already there stays where it is. */
	public Watchlist add(UUID owner, UUID id, String symbol) {
		Watchlist list = get(owner, id);
		String checked = checkSymbol("symbol", symbol);
		if (list.symbols().contains(checked)) {
			return list;
		}
		List<String> symbols = new ArrayList<>(list.symbols());
		symbols.add(checked);
		if (symbols.size() > MAX_SYMBOLS) {
			throw new ProblemException(IdentityProblems.WATCHLIST_LIMIT,
					"A watchlist holds at most " + MAX_SYMBOLS + " symbols.");
		}
		this.store.replaceSymbols(id, symbols, this.clock.instant());
		changed(owner, id, "changed");
		return get(owner, id);
	}

	/**
	 * Removes a symbol from a list.
	 * @throws ProblemException {@code symbol-not-watched} if the list does not hold it
	 */
	public Watchlist remove(UUID owner, UUID id, String symbol) {
		Watchlist list = get(owner, id);
		String checked = checkSymbol("symbol", symbol);
		if (!list.symbols().contains(checked)) {
			throw new ProblemException(IdentityProblems.SYMBOL_NOT_WATCHED,
					"The watchlist '" + list.name() + "' does not hold " + checked + ".");
		}
		List<String> symbols = new ArrayList<>(list.symbols());
		symbols.remove(checked);
		this.store.replaceSymbols(id, symbols, this.clock.instant());
		changed(owner, id, "changed");
		return get(owner, id);
	}

	/**
	 * Puts the user's lists in the given order; every list must be named once.
	 * @throws ProblemException {@code watchlist-not-found} for an id that is not the
	 * user's, {@code invalid-request} when lists are missing or repeated
	 */
	public List<Watchlist> reorder(UUID owner, List<UUID> ids) {
		List<Watchlist> lists = this.store.all(owner);
		Set<UUID> owned = new HashSet<>();
		lists.forEach((list) -> owned.add(list.id()));
		for (UUID id : ids) {
			if (!owned.contains(id)) {
				throw IdentityProblems.watchlistNotFound(id);
			}
		}
		if (new HashSet<>(ids).size() != ids.size() || ids.size() != owned.size()) {
			throw ProblemException.invalidField("ids",
					"must name each of your " + owned.size() + " watchlists exactly once");
		}
		this.store.reorder(owner, ids);
		ids.forEach((id) -> changed(owner, id, "reordered"));
		return this.store.all(owner);
	}

	/** Deletes a list and its symbols. */
	public void delete(UUID owner, UUID id) {
		if (!this.store.delete(owner, id)) {
			throw IdentityProblems.watchlistNotFound(id);
		}
		changed(owner, id, "deleted");
	}

	private void refuseTakenName(UUID owner, String name, UUID id) {
		if (this.store.nameTaken(owner, name, id)) {
			throw new ProblemException(IdentityProblems.WATCHLIST_NAME_TAKEN,
					"You have a watchlist named '" + name + "' already.");
		}
	}

	private static String checkName(String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > 64
				|| stripped.codePoints().anyMatch(Character::isISOControl)) {
			throw ProblemException.invalidField("name", "must be 1-64 characters without control characters");
		}
		return stripped;
	}

	/** Symbols upper-cased (as the market stores them), each once, in the order given. */
	static List<String> checkSymbols(List<String> symbols) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> ordered = new LinkedHashSet<>();
		for (int i = 0; i < symbols.size(); i++) {
			String symbol = symbols.get(i);
			if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
				problems.add(new FieldProblem("symbols[" + i + "]", SYMBOL_MESSAGE));
			}
			else {
				ordered.add(symbol.toUpperCase(Locale.ROOT));
			}
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		if (ordered.size() > MAX_SYMBOLS) {
			throw ProblemException.invalidField("symbols", "must hold at most " + MAX_SYMBOLS + " symbols");
		}
		return List.copyOf(ordered);
	}

	private static String checkSymbol(String field, String symbol) {
		if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
			throw ProblemException.invalidField(field, SYMBOL_MESSAGE);
		}
		return symbol.toUpperCase(Locale.ROOT);
	}

	private void changed(UUID owner, UUID id, String change) {
		this.events.publishEvent(new AccountEvent.WatchlistChanged(owner, id, change, this.clock.instant()));
	}

}
