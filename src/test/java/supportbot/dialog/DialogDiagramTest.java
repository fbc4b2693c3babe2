package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/dialog.mmd draws the state table. Every move the engine can make between states (found by trying
 * every button and every kind of typed answer in every state it reaches, on the toy knowledge base with a
 * support chat) is drawn there, and every edge drawn there is one the engine makes.
 */
class DialogDiagramTest {
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\w+)\\s*-->\\s*(\\w+)");
    private static final String CHOICE = "next_fix";
    private static final List<String> TYPED = List.of("fixed", "not_fixed", "yes", "no", "skip", "decline", "help", "stop",
            "stop 0.5", "fixed 0.6", "wait", "continue", "start_over", "another_problem", "human", "remark", "problem:broken",
            "problem:slow", "problem:slow 0.3", "new:broken 0.6", "thanks", "the new one", "go_back", "ask_safe");

    @Test
    void theDiagramHasExactlyTheMovesTheEngineMakes() throws IOException {
        Set<String> drawn = new TreeSet<>();
        Set<String> choiceTargets = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("docs/dialog.mmd"))) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals("[*]")) {
                if (m.group(1).equals(CHOICE)) {
                    choiceTargets.add(m.group(2));
                } else {
                    drawn.add(m.group(1) + " -> " + m.group(2));
                }
            }
        }
        Set<String> made = explore();
        Set<String> notDrawn = new TreeSet<>();
        for (String edge : made) {
            String[] ends = edge.split(" -> ");
            boolean viaChoice = choiceTargets.contains(ends[1]) && drawn.contains(ends[0] + " -> " + CHOICE);
            if (!drawn.contains(edge) && !viaChoice) {
                notDrawn.add(edge);
            }
        }
        Set<String> neverMade = new TreeSet<>();
        for (String edge : drawn) {
            String[] ends = edge.split(" -> ");
            boolean made1 = ends[1].equals(CHOICE)
                    ? choiceTargets.stream().anyMatch(t -> made.contains(ends[0] + " -> " + t)) : made.contains(edge);
            if (!made1) {
                neverMade.add(edge);
            }
        }
        assertThat(notDrawn).as("moves the engine makes that docs/dialog.mmd does not draw").isEmpty();
        assertThat(neverMade).as("edges of docs/dialog.mmd the engine never makes").isEmpty();
    }

    /** Every (state before -> state after) the engine makes, from every session it reaches. */
    private static Set<String> explore() {
        DialogEngine engine = ToyBot.engine(ToyBot.SETTINGS.withHandoff(true));
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        ConversationKey key = new ConversationKey("diagram", "1");
        Set<String> edges = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<Outcome> queue = new ArrayDeque<>();
        queue.add(engine.handle(Session.start(key), Event.text(key, "/start", 1, now)));
        while (!queue.isEmpty() && seen.size() < 2_000) {
            Outcome at = queue.poll();
            Session s = at.session();
            if (!seen.add(s.state() + "|" + s.aside() + "|" + s.fix() + "|" + s.variant() + "|" + s.plan() + "|" + s.attempts().size())) {
                continue;
            }
            Reply last = at.replies().stream().filter(r -> !r.forSupport()).reduce((a, b) -> b).orElse(null);
            List<Event> tries = new java.util.ArrayList<>();
            if (last != null) {
                last.buttons().forEach(b -> tries.add(Event.press(key, b.data(), 1, now)));
            }
            TYPED.forEach(t -> tries.add(Event.text(key, t, 1, now)));
            tries.add(Event.text(key, "hi", 1, now.plus(Duration.ofDays(2))));
            tries.add(Event.fromAgent(key, "/close", "Dana", 1, now));
            for (Event event : tries) {
                Outcome next = engine.handle(s, event);
                if (next.session().state() != s.state()) {
                    edges.add(s.state() + " -> " + next.session().state());
                }
                queue.add(next);
            }
        }
        return edges;
    }
}
