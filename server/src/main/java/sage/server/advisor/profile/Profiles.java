package sage.server.advisor.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.advisor.Profile;
import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;
import sage.server.advisor.chat.ChatStore;
import sage.server.advisor.reading.QuestionReader;
import sage.server.identity.InvestorSettings;
import sage.server.identity.StatedInvestor;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * Users' advisor profiles: inferred from their latest questions each time they are asked
 * for (so that a deleted chat no longer counts); over that, what their account settings
 * state (where changed from the defaults); over all, what they set on the profile itself.
 */
@Service
public class Profiles {

	private final ChatStore chats;

	private final ProfileStore store;

	private final Instruments instruments;

	private final ProfileReader reader;

	private final InvestorSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Profiles(ChatStore chats, ProfileStore store, Instruments instruments, InvestorSettings settings,
			TransactionTemplate transaction, Clock clock) {
		this.chats = chats;
		this.store = store;
		this.instruments = instruments;
		this.settings = settings;
		this.reader = new ProfileReader(new QuestionReader(instruments::find));
		this.transaction = transaction;
		this.clock = clock;
	}

	/** {@code owner}'s profile, each part with where it comes from. */
	public AdvisorProfile of(UUID owner) {
		List<Said> said = this.chats.questionsOf(owner, ProfileReader.QUESTIONS)
			.stream()
			.map((q) -> new Said(q.id(), q.chatId(), q.content(), q.askedAt()))
			.toList();
		AdvisorProfile inferred = stated(this.reader.read(said), this.settings.of(owner));
		return this.store.find(owner).map((set) -> over(inferred, set)).orElse(inferred);
	}

	/** The inferred profile with what the account settings state over it. */
	private static AdvisorProfile stated(AdvisorProfile inferred, StatedInvestor stated) {
		Trait<Experience> experience = switch (String.valueOf(stated.experienceLevel())) {
			case "INTERMEDIATE" -> fromAccount(Experience.INTERMEDIATE);
			case "EXPERIENCED" -> fromAccount(Experience.EXPERT);
			default -> inferred.experience();
		};
		Trait<Tolerance> tolerance = switch (String.valueOf(stated.riskTolerance())) {
			case "CONSERVATIVE" -> fromAccount(Tolerance.LOW);
			case "AGGRESSIVE" -> fromAccount(Tolerance.HIGH);
			default -> inferred.tolerance();
		};
		return new AdvisorProfile(experience, tolerance, inferred.assets(), inferred.assetsSource(),
				inferred.questionsRead());
	}

	private static <T> Trait<T> fromAccount(T value) {
		return new Trait<>(value, TraitSource.ACCOUNT, 1.0, List.of());
	}

	/** The profile risk and persona go by when {@code owner} asks. */
	public Profile effective(UUID owner) {
		return of(owner).effective();
	}

	/**
	 * Sets parts of {@code owner}'s profile (a null part is inferred again).
	 * @throws ProblemException {@code invalid-request} for an unknown value or asset,
	 * changing nothing
	 */
	public AdvisorProfile edit(UUID owner, ProfileEdit edit) {
		List<FieldProblem> problems = new ArrayList<>();
		Experience experience = parse(edit.experience(), Experience.class, "experience", problems);
		Tolerance tolerance = parse(edit.tolerance(), Tolerance.class, "tolerance", problems);
		List<String> assets = (edit.assets() != null) ? symbols(edit.assets(), problems) : null;
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		ProfileStore.Settings settings = new ProfileStore.Settings(experience, tolerance, assets);
		this.transaction.executeWithoutResult((status) -> this.store.save(owner, settings, this.clock.instant()));
		return of(owner);
	}

	private static <T extends Enum<T>> @Nullable T parse(@Nullable String value, Class<T> type, String field,
			List<FieldProblem> problems) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			problems.add(new FieldProblem(field, "must be one of " + allowed + ", or null to infer it"));
			return null;
		}
	}

	private List<String> symbols(List<String> asked, List<FieldProblem> problems) {
		if (asked.size() > ProfileReader.MOST_ASSETS) {
			problems.add(new FieldProblem("assets", "at most " + ProfileReader.MOST_ASSETS + " assets"));
			return List.of();
		}
		List<String> symbols = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			String symbol = asked.get(i);
			Optional<Instrument> instrument = (symbol == null || symbol.isBlank()) ? Optional.empty()
					: this.instruments.find(symbol.strip());
			if (instrument.isEmpty()) {
				problems.add(new FieldProblem("assets[" + i + "]",
						"Sage lists no asset " + ((symbol == null) ? "null" : "'" + symbol + "'")));
			}
			else if (!symbols.contains(instrument.get().symbol())) {
				symbols.add(instrument.get().symbol());
			}
		}
		return symbols;
	}

	/** The inferred profile with what the user set over it. */
	private AdvisorProfile over(AdvisorProfile inferred, ProfileStore.Settings set) {
		Trait<Experience> experience = (set.experience() != null) ? chosen(set.experience()) : inferred.experience();
		Trait<Tolerance> tolerance = (set.tolerance() != null) ? chosen(set.tolerance()) : inferred.tolerance();
		if (set.assets() == null) {
			return new AdvisorProfile(experience, tolerance, inferred.assets(), TraitSource.INFERRED,
					inferred.questionsRead());
		}
		Map<String, AssetInterest> seen = inferred.assets()
			.stream()
			.collect(Collectors.toMap(AssetInterest::symbol, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<AssetInterest> assets = set.assets()
			.stream()
			.map((symbol) -> Optional.ofNullable(seen.get(symbol))
				.map((a) -> new AssetInterest(a.symbol(), a.name(), a.mentions(), 1.0, a.evidence()))
				.orElseGet(() -> new AssetInterest(symbol,
						this.instruments.find(symbol).map(Instrument::name).orElse(symbol), 0, 1.0, List.of())))
			.toList();
		return new AdvisorProfile(experience, tolerance, assets, TraitSource.SET, inferred.questionsRead());
	}

	private static <T> Trait<T> chosen(T value) {
		return new Trait<>(value, TraitSource.SET, 1.0, List.of());
	}

}
