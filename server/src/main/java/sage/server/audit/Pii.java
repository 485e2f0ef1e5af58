package sage.server.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data before it reaches the audit log, which keeps rows forever and can
 * never edit one. Publishers mask what they know is personal; the log applies
 * {@link #maskValues} again to every old and new value, by key name, as a safety net.
 */
public final class Pii {

	/** What replaces a secret, whatever its length (the length would say something). */
	public static final String HIDDEN = "***";

	private static final List<String> SECRET_KEYS = List.of("password", "secret", "token", "credential", "apikey",
			"api_key", "totp", "otp");

	private Pii() {
	}

	/**
	 * {@code jane@example.com} becomes {@code j***@example.com}: enough to tell accounts
	 * apart in a review, not enough to write to the person. Idempotent.
	 */
	public static String maskEmail(String email) {
		int at = email.lastIndexOf('@');
		if (at <= 0) {
			return HIDDEN;
		}
		return email.substring(0, 1) + HIDDEN + email.substring(at);
	}

	/** {@code +82 10-1234-5678} becomes {@code ***78}. */
	public static String maskPhone(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		return (digits.length() <= 4) ? HIDDEN : HIDDEN + digits.substring(digits.length() - 2);
	}

	/** {@code Jane Doe} becomes {@code J***}. */
	public static String maskName(String name) {
		String trimmed = name.strip();
		return trimmed.isEmpty() ? HIDDEN : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + HIDDEN;
	}

	/**
	 * A copy of {@code values} with personal or secret entries masked, by key, at any
	 * depth: keys containing {@code password}, {@code secret}, {@code token},
	 * {@code credential}, {@code apikey} or {@code otp} are hidden whole; {@code email}
	 * keys keep their first letter and domain, {@code phone} keys their last two digits,
	 * {@code name} keys their first letter. Other values are kept as they are.
	 */
	public static @Nullable Map<String, @Nullable Object> maskValues(@Nullable Map<String, ?> values) {
		if (values == null) {
			return null;
		}
		Map<String, @Nullable Object> masked = new LinkedHashMap<>();
		values.forEach((key, value) -> masked.put(key, maskEntry(String.valueOf(key), value)));
		return masked;
	}

	private static @Nullable Object maskEntry(String key, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		String name = key.toLowerCase(Locale.ROOT);
		if (SECRET_KEYS.stream().anyMatch(name::contains)) {
			return HIDDEN;
		}
		if (value instanceof Map<?, ?> nested) {
			Map<String, @Nullable Object> inner = new LinkedHashMap<>();
			nested.forEach((k, v) -> inner.put(String.valueOf(k), maskEntry(String.valueOf(k), v)));
			return inner;
		}
		if (value instanceof Collection<?> items) {
			List<@Nullable Object> list = new ArrayList<>(items.size());
			items.forEach((item) -> list.add(maskEntry(key, item)));
			return list;
		}
		if (name.contains("email") || name.contains("mail")) {
			return maskEmail(value.toString());
		}
		if (name.contains("phone") || name.contains("mobile")) {
			return maskPhone(value.toString());
		}
		if (name.contains("name")) {
			return maskName(value.toString());
		}
		return value;
	}

}
