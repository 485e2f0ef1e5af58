package sage.server.identity.twofactor;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The store's contract in memory, for tests of {@link TwoFactor} without a database. */
final class InMemoryTwoFactorStore extends TwoFactorStore {

	private final Map<UUID, Enrolment> enrolments = new HashMap<>();

	private final Map<UUID, Map<String, Boolean>> recoveryCodes = new HashMap<>();

	InMemoryTwoFactorStore() {
		super(null, null);
	}

	@Override
	Optional<Enrolment> find(UUID accountId) {
		return Optional.ofNullable(this.enrolments.get(accountId));
	}

	@Override
	void replacePending(UUID accountId, byte[] secret, Instant now) {
		this.enrolments.put(accountId, new Enrolment(secret, null, -1));
		this.recoveryCodes.remove(accountId);
	}

	@Override
	boolean useStep(UUID accountId, long step) {
		Enrolment e = this.enrolments.get(accountId);
		if (e == null || e.lastUsedStep() >= step) {
			return false;
		}
		this.enrolments.put(accountId, new Enrolment(e.secret(), e.enabledAt(), step));
		return true;
	}

	@Override
	void enable(UUID accountId, Instant now, List<String> recoveryCodeHashes) {
		Enrolment e = this.enrolments.get(accountId);
		this.enrolments.put(accountId, new Enrolment(e.secret(), now, e.lastUsedStep()));
		Map<String, Boolean> codes = new HashMap<>();
		recoveryCodeHashes.forEach((hash) -> codes.put(hash, false));
		this.recoveryCodes.put(accountId, codes);
	}

	@Override
	boolean useRecoveryCode(UUID accountId, String hash, Instant now) {
		Map<String, Boolean> codes = this.recoveryCodes.getOrDefault(accountId, Map.of());
		if (Boolean.FALSE.equals(codes.get(hash))) {
			codes.put(hash, true);
			return true;
		}
		return false;
	}

	@Override
	int recoveryCodesLeft(UUID accountId) {
		return (int) this.recoveryCodes.getOrDefault(accountId, Map.of()).values().stream().filter((u) -> !u).count();
	}

	@Override
	void delete(UUID accountId) {
		this.enrolments.remove(accountId);
		this.recoveryCodes.remove(accountId);
	}

}
