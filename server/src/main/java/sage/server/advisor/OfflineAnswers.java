package sage.server.advisor;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import sage.server.advisor.grounding.GroundedAnswer;
import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;

/**
 * The chat's answers with no language model (the default): the offline advisor's answer,
 * checked by the grounding checker like any other before it is shown. The offline writer
 * only writes facts' values, so nothing should be removed; when something is, it is
 * removed all the same and logged, since it is a bug of the writer. Active when
 * {@code sage.advisor.model.provider} is {@code none}; otherwise a model writes.
 */
@Component
@ConditionalOnProperty(name = "sage.advisor.model.provider", havingValue = "none", matchIfMissing = true)
class OfflineAnswers implements AnswerWriter {

	private static final Logger log = LoggerFactory.getLogger(OfflineAnswers.class);

	/**
	 * What an answer written from templates says it is, where it says how it was written.
	 */
	static final String MODE = "offline";

	private final OfflineAdvisor advisor;

	private final GroundingChecker checker = new GroundingChecker(GroundingPolicy.REMOVE);

	OfflineAnswers(OfflineAdvisor advisor) {
		this.advisor = advisor;
	}

	@Override
	public Reply write(Question question, Consumer<String> progress) {
		Answer answer = this.advisor.answer(question.text(),
				question.earlier().stream().map(Question.Exchange::question).toList(), question.profile());
		GroundedAnswer grounded = this.checker.ground(answer.text(), answer.facts());
		if (grounded.unsupported() > 0) {
			log.error("The offline writer wrote numbers no fact holds, removed: {} (question: {})", grounded.flagged(),
					question.text());
		}
		return Reply.grounded(grounded, answer, MODE);
	}

}
