package supportbot.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import supportbot.pipeline.Bot;
import supportbot.dialog.ConversationKey;
import supportbot.store.InMemorySessionStore;
import supportbot.testing.TestBot;

class ConsoleChatTest {

    private static String run(boolean jsonl, String... lines) throws Exception {
        return run(new Bot(TestBot.engine(), new InMemorySessionStore(), "sorry"), jsonl, lines);
    }

    private static String run(Bot bot, boolean jsonl, String... lines) throws Exception {
        ConsoleChat chat = new ConsoleChat(bot, new ConversationKey("console", "t"),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), jsonl);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The bot's messages, without the turn ends. */
    private static List<JsonObject> jsonl(String... lines) throws Exception {
        return run(true, lines).lines().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(o -> !o.has("turn_end")).toList();
    }

    @Test
    void jsonLinesEndEachTurnWithOneTurnEndLine() throws Exception {
        List<String> out = run(true, "icloud storage is full", "one sec", "#button:❌ Not fixed").lines().toList();
        assertThat(out.stream().filter(l -> l.equals("{\"turn_end\": true}")).count()).isEqualTo(3);
        assertThat(out.get(out.size() - 1)).isEqualTo("{\"turn_end\": true}");
        assertThat(out.get(0)).contains("\"fix\":\"free-icloud-storage\"");
    }

    @Test
    void quitLeavesTheConsoleChat() throws Exception {
        String screen = run(false, "quit", "icloud storage is full");
        assertThat(screen).doesNotContain("Free up iCloud storage");
    }

    @Test
    void jsonLinesGiveOneObjectPerBotMessageWithTheDesignedFields() throws Exception {
        List<JsonObject> replies = jsonl("icloud storage is full", "#button:✅ Done, it works");
        assertThat(replies).hasSize(2);
        JsonObject step = replies.get(0);
        assertThat(step.keySet()).containsExactly("text", "buttons", "fix", "intent", "state");
        assertThat(step.get("fix").getAsString()).isEqualTo("free-icloud-storage");
        assertThat(step.get("intent").getAsString()).isEqualTo("storage_full");
        assertThat(step.get("state").getAsString()).isEqualTo("on_step");
        assertThat(step.getAsJsonArray("buttons").get(0).getAsString()).isEqualTo("✅ Done, it works");
        assertThat(replies.get(1).get("state").getAsString()).isEqualTo("resolved");
    }

    @Test
    void jsonLinesShowNullForNoFixAndNoIntent() throws Exception {
        JsonObject hello = jsonl("hello").get(0);
        assertThat(hello.get("fix").isJsonNull()).isTrue();
        assertThat(hello.get("intent").isJsonNull()).isTrue();
    }

    @Test
    void aButtonLabelThatIsNotOfferedIsAnsweredNotIgnored() throws Exception {
        List<JsonObject> replies = jsonl("icloud storage is full", "#button:Launch rockets");
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).get("fix").getAsString()).isEqualTo("free-icloud-storage");
        assertThat(replies.get(1).get("state").getAsString()).isEqualTo("on_step");
    }

    @Test
    void aPersonSeesNumberedButtonsAndCanTypeTheNumber() throws Exception {
        String screen = run(false, "icloud storage is full", "1");
        assertThat(screen).contains("[1] ✅ Done, it works").contains("[2] ❌ Not fixed");
        assertThat(screen).contains("glad that worked");
    }

    @Test
    void comingBackAfterQuittingCarriesOnWithWhatWasTried() throws Exception {
        Bot bot = new Bot(TestBot.engine(), new InMemorySessionStore(), "sorry");
        run(bot, false, "my iphone hasnt backed up in weeks", "2", "1", "quit");
        String later = run(bot, false, "my iphone still hasnt backed up");
        assertThat(later).contains("We've already been through").doesNotContain("Fix 1 of 9").doesNotContain("Fix 1 of 7: Turn on iCloud Backup");
    }

    @Test
    void comingBackInTheMiddleOfAFixIsWelcomedBackToIt() throws Exception {
        Bot bot = new Bot(TestBot.engine(), new InMemorySessionStore(), "sorry");
        run(bot, false, "my iphone hasnt backed up in weeks", "2", "quit");
        String later = run(bot, false, "1");
        assertThat(later).contains("Welcome back!").contains("Connect to Wi-Fi").contains("Fix 2 of");
    }

    @Test
    void aPersonIsWelcomedFirst() throws Exception {
        String screen = run(false);
        assertThat(screen).startsWith("(Type your answers").contains("quit, exit or Ctrl-D").contains("\nHi!");
    }
}
