package sage.server.advisor.usage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.advisor.TokenUsage;

/** The tokens spent per answer, in {@code advisor_token_usage}. */
@Repository
public class TokenUsageStore {

	private final JdbcClient jdbc;

	TokenUsageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps what {@code model} spent on the answer {@code messageId} of {@code owner}.
	 */
	public void record(UUID owner, String messageId, String model, TokenUsage usage, Instant at) {
		this.jdbc.sql("""
				insert into advisor_token_usage (id, owner_id, message_id, model, prompt_tokens, completion_tokens,
				    estimated, used_at)
				values (:id, :owner, :message, :model, :prompt, :completion, :estimated, :at)""")
			.param("id", UUID.randomUUID().toString())
			.param("owner", owner.toString())
			.param("message", messageId)
			.param("model", (model.length() > 120) ? model.substring(0, 120) : model)
			.param("prompt", usage.promptTokens())
			.param("completion", usage.completionTokens())
			.param("estimated", usage.estimated())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** The tokens {@code owner} spent in {@code [from, to)}. */
	public long spent(UUID owner, Instant from, Instant to) {
		return this.jdbc.sql("""
				select coalesce(sum(prompt_tokens + completion_tokens), 0) from advisor_token_usage
				where owner_id = :owner and used_at >= :from and used_at < :to""")
			.param("owner", owner.toString())
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
