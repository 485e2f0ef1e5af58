package sage.server.advisor.model;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sage.advisor.model.*}: which language model writes the advisor's
 * answers, if any.
 *
 * @param provider {@code none} (the default: answers from templates, no model),
 * {@code openai} (any OpenAI-compatible chat completions server: OpenAI, Ollama, vLLM,
 * llama.cpp server, LM Studio) or {@code anthropic} (Anthropic Messages)
 * @param baseUrl the API's address, by default the provider's public one; for a local
 * OpenAI-compatible server e.g. {@code http://localhost:11434/v1} (Ollama)
 * @param name the model, e.g. {@code gpt-4o-mini}, {@code claude-sonnet-4-5},
 * {@code llama3.1}
 * @param apiKey the API key, empty for local servers that need none; never logged
 * @param firstTokenTimeout how long an attempt waits for the answer's first words
 * @param stallTimeout how long a started answer may pause between two chunks
 * @param maxAttempts how many times a request is tried before the first words arrive
 * @param backoff the wait after the first failed attempt, doubling after each further one
 * (a 429's Retry-After is honoured instead)
 */
@ConfigurationProperties("sage.advisor.model")
public record ModelSettings(@DefaultValue("none") Provider provider, @Nullable String baseUrl, @Nullable String name,
		@Nullable String apiKey, @DefaultValue("30s") Duration firstTokenTimeout,
		@DefaultValue("20s") Duration stallTimeout, @DefaultValue("3") int maxAttempts,
		@DefaultValue("500ms") Duration backoff) {

	public ModelSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("sage.advisor.model.max-attempts must be at least 1");
		}
	}

	/** The provider's public address when none is set. */
	String baseUrlOrDefault() {
		if (this.baseUrl != null && !this.baseUrl.isBlank()) {
			return this.baseUrl;
		}
		return (this.provider == Provider.ANTHROPIC) ? "https://api.anthropic.com" : "https://api.openai.com/v1";
	}

	/** The model's name, required when a provider is set. */
	String requiredName() {
		if (this.name == null || this.name.isBlank()) {
			throw new IllegalStateException(
					"sage.advisor.model.name is required when sage.advisor.model.provider is " + this.provider);
		}
		return this.name;
	}

	/** The key, or a placeholder for local servers that take none. */
	String apiKeyOrPlaceholder() {
		return (this.apiKey == null || this.apiKey.isBlank()) ? "none" : this.apiKey;
	}

	/** Never shows the key. */
	@Override
	public String toString() {
		return "ModelSettings[provider=" + this.provider + ", baseUrl=" + this.baseUrl + ", name=" + this.name
				+ ", apiKey=" + ((this.apiKey == null || this.apiKey.isBlank()) ? "(none)" : "(set)")
				+ ", firstTokenTimeout=" + this.firstTokenTimeout + ", stallTimeout=" + this.stallTimeout
				+ ", maxAttempts=" + this.maxAttempts + ", backoff=" + this.backoff + "]";
	}

	/** Who serves the model. */
	public enum Provider {

		/** No model: the offline advisor's templates. */
		NONE,
		/** OpenAI-compatible chat completions. */
		OPENAI,
		/** Anthropic Messages. */
		ANTHROPIC

	}

}
