package sage.server.advisor;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.testing.Browser;
import sage.server.testing.EventStreams;
import sage.server.testing.EventStreams.Event;
import sage.server.testing.FakeModelServer;
import sage.server.testing.FakeModelServer.Script;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly token budgets with a language model (a local fake server reporting the tokens
 * it spent): the first answer is recorded against the user's month and shown to them;
 * once the free tier's budget (600 tokens here) is spent, the next question is refused
 * before the model is called and nothing of it is kept.
 */
@OnEmbeddedDefaults
class TokenBudgetIT {

	private static final FakeModelServer MODEL = new FakeModelServer();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private Browser user;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		MODEL.serveAsOpenAi(registry);
		registry.add("sage.advisor.model.backoff", () -> "50ms");
		registry.add("sage.advisor.model.monthly-tokens.free", () -> "600");
	}

	@AfterAll
	static void stopModel() {
		MODEL.close();
	}

	@BeforeEach
	void signIn() throws Exception {
		MODEL.reset();
		this.user = Browser.withApiKey(this.port, TestAccounts.newApiKey(TestAccounts.newUser(this.port), "read"));
	}

	@Test
	void theTokensSpentAreShownAndASpentBudgetRefusesTheNextQuestionBeforeTheModel() throws Exception {
		JsonNode fresh = usage();
		assertThat(fresh.path("spent").asLong()).isZero();
		assertThat(fresh.path("budget").asLong()).isEqualTo(600);
		assertThat(fresh.path("tier").asString()).isEqualTo("FREE");

		MODEL.then(Script.openAi("gpt-4o-mini", "Patience matters more than any single day.").withUsage(512, 190));
		String chat = this.json.readTree(this.user.send("POST", "/api/v1/chats", null, false).body())
			.path("id")
			.asString();
		List<Event> events = ask(chat, UUID.randomUUID().toString(), "How is BTC doing?");
		assertThat(events.get(events.size() - 1).name()).as(events.toString()).isEqualTo("done");

		JsonNode spent = usage();
		assertThat(spent.path("spent").asLong()).isEqualTo(702);
		assertThat(spent.path("month").asString()).matches("\\d{4}-\\d{2}");
		assertThat(spent.path("renewsAt").asString()).endsWith("-01T00:00:00Z");

		var refused = this.user.send("POST", "/api/v1/chats/" + chat + "/messages",
				"{\"turnId\":\"" + UUID.randomUUID() + "\",\"text\":\"And ETH?\"}", false);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.path("code").asString()).isEqualTo("token-budget-exhausted");
		assertThat(problem.path("detail").asString()).contains("600").contains("702");
		assertThat(problem.hasNonNull("requestId")).isTrue();
		// the model was not called and the refused question was not kept
		assertThat(MODEL.requests()).hasSize(1);
		assertThat(this.json.readTree(this.user.get("/api/v1/chats/" + chat).body()).path("messages").size())
			.isEqualTo(2);
		assertThat(usage().path("spent").asLong()).isEqualTo(702);
	}

	private JsonNode usage() throws Exception {
		var response = this.user.get("/api/v1/advisor/usage");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private List<Event> ask(String chat, String turn, String question) throws Exception {
		return EventStreams.post(this.user, this.port, "/api/v1/chats/" + chat + "/messages",
				this.json.writeValueAsString(java.util.Map.of("turnId", turn, "text", question)));
	}

}
