package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Outcome;
import supportbot.dialog.Session;

class LogEntryTest {
    private static final ConversationKey KEY = new ConversationKey("telegram", "123456789");
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aMegabyteMessageIsKeptCutAndMasked() {
        String said = "my serial is C02XL0GXJGH5, mail ann@example.com " + "x".repeat(1 << 20);
        LogEntry entry = LogEntry.of(Event.text(KEY, said, 1, AT), new Outcome(Session.start(KEY), List.of()));
        assertThat(entry.said()).hasSize(LogEntry.MAX_SAID + 1).endsWith("…")
                .startsWith("my serial is [serial], mail [email] xxx");
        assertThat(entry.key()).as("the conversation's id is not a phone number").isEqualTo(KEY);
    }

    @Test
    void anAgentsWordsAreMaskedToo() {
        LogEntry entry = LogEntry.of(Event.fromAgent(KEY, "reach me at +44 7700 900123", "Ann", 2, AT),
                new Outcome(Session.start(KEY), List.of()));
        assertThat(entry.said()).isEqualTo("[agent Ann] reach me at [number]");
    }
}
