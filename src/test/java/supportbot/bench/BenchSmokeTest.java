package supportbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import supportbot.pipeline.Bot;
import supportbot.store.InMemorySessionStore;
import supportbot.testing.TestBot;

/** The benchmark's machinery measures what it says, at a size that runs in a second. */
class BenchSmokeTest {

    @Test
    void everyPipelineConversationRunsItsScriptToTheEnd() throws Exception {
        PipelineBench.Run run = PipelineBench.run(new Bot(TestBot.engine(), new InMemorySessionStore(), "sorry"), "t", 30, 4);
        assertThat(run.descriptions().messages()).isEqualTo(30L);
        assertThat(run.replies().messages()).isBetween(30L, 30L * (PipelineBench.MESSAGES_PER_CONVERSATION - 1));
        assertThat(run.replies().latencies().count()).isEqualTo((int) run.replies().messages());
    }

    @Test
    void theEchoBotAnswersEveryMessageOverHttp() throws Exception {
        try (LocalBotApi api = new LocalBotApi(); EchoBot echo = new EchoBot(api.apiUrl())) {
            HttpBench.Result result = HttpBench.run(api, 3, 4, ScriptedUser.OPENERS);
            assertThat(result.updates()).isEqualTo(12);
            assertThat(result.timeouts()).isZero();
        }
    }
}
