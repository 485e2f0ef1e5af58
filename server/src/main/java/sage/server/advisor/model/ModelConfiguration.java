package sage.server.advisor.model;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.model.StreamingChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.advisor.OfflineAdvisor;
import sage.server.advisor.Question;

/**
 * The model-written answers, when {@code sage.advisor.model.provider} is not
 * {@code none}: the model client is built here from {@link ModelSettings} (no Spring AI
 * auto-configuration, so a deployment without a model needs no key). The clients' own
 * retries are off: {@link ModelAnswers} retries, and only before the first words.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${sage.advisor.model.provider:none}'.equalsIgnoreCase('none')")
class ModelConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ModelConfiguration.class);

	/** Long enough for any answer: the first-token and stall timeouts govern. */
	private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(10);

	private static final int MAX_TOKENS = 1024;

	@Bean
	ModelAnswers modelAnswers(OfflineAdvisor advisor, ModelSettings settings) {
		log.info("The advisor's answers are written by {}", settings);
		return new ModelAnswers(
				(question) -> advisor.answer(question.text(),
						question.earlier().stream().map(Question.Exchange::question).toList(), question.profile()),
				chatModel(settings), settings);
	}

	/** The provider's chat model as {@code settings} describe it. */
	static StreamingChatModel chatModel(ModelSettings settings) {
		return switch (settings.provider()) {
			case OPENAI -> OpenAiChatModel.builder()
				.options(OpenAiChatOptions.builder()
					.baseUrl(settings.baseUrlOrDefault())
					.apiKey(settings.apiKeyOrPlaceholder())
					.model(settings.requiredName())
					.maxTokens(MAX_TOKENS)
					.timeout(CLIENT_TIMEOUT)
					.maxRetries(0)
					// the tokens spent come in a last chunk, counted against the user's
					// budget
					.streamUsage(true)
					.build())
				.build();
			case ANTHROPIC -> AnthropicChatModel.builder()
				.options(AnthropicChatOptions.builder()
					.baseUrl(settings.baseUrlOrDefault())
					.apiKey(settings.apiKeyOrPlaceholder())
					.model(settings.requiredName())
					.maxTokens(MAX_TOKENS)
					.timeout(CLIENT_TIMEOUT)
					.maxRetries(0)
					.build())
				.build();
			case NONE -> throw new IllegalStateException("no language model is configured");
		};
	}

}
