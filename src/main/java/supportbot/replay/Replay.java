package supportbot.replay;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Secrets;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Symptom;
import supportbot.nlu.TextClassifier;
import supportbot.store.LogEntry;

/**
 * What a candidate model and knowledge would change for the conversations already logged: each message
 * the bot read as a problem is read again, and compared with what was read then. Counts per change
 * (before → after), a few examples with personal data masked, the conversations whose first fix would
 * change, and the share unchanged. Entries must come one conversation after another (as the store gives them).
 */
public final class Replay {
    private static final int EXAMPLES_PER_CHANGE = 3;

    private final TextClassifier candidate;
    private final KnowledgeBase knowledge;
    private final Map<String, Integer> changes = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();
    private int descriptions;
    private int unchanged;
    private int conversations;
    private int firstFixChanged;
    private ConversationKey conversation;
    private boolean firstSeen;

    public Replay(TextClassifier candidate, KnowledgeBase knowledge) {
        this.candidate = candidate;
        this.knowledge = knowledge;
    }

    /** The figures of a replay. */
    public record Report(int descriptions, int unchanged, Map<String, Integer> changes, Map<String, List<String>> examples,
                         int conversations, int firstFixChanged) {
        public double unchangedShare() {
            return descriptions == 0 ? 1 : unchanged / (double) descriptions;
        }

        public String toJson() {
            return new GsonBuilder().setPrettyPrinting().create().toJson(this);
        }

        public String toText() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%d problem descriptions re-read: %d unchanged (%.1f %%)%n", descriptions, unchanged, 100 * unchangedShare()));
            changes.forEach((change, count) -> {
                out.append(String.format(Locale.ROOT, "  %-45s %5d%n", change, count));
                examples.get(change).forEach(e -> out.append("      e.g. \"").append(e).append("\"\n"));
            });
            out.append(String.format(Locale.ROOT, "%d conversations with a problem; the first fix would change in %d%n", conversations,
                    firstFixChanged));
            return out.toString();
        }
    }

    public void add(LogEntry e) {
        if (!e.key().equals(conversation)) {
            conversation = e.key();
            firstSeen = false;
        }
        if (e.began() == null || e.said().startsWith("[")) {
            return;   // not a problem described in words (a button, an attachment, an agent)
        }
        descriptions++;
        String before = e.began();
        String after = candidate.classify(e.said()).top().name();
        if (before.equals(after)) {
            unchanged++;
        } else {
            String change = before + " -> " + after;
            changes.merge(change, 1, Integer::sum);
            List<String> some = examples.computeIfAbsent(change, k -> new ArrayList<>());
            if (some.size() < EXAMPLES_PER_CHANGE) {
                some.add(Secrets.mask(e.said()));   // entries logged before e-mails were masked
            }
        }
        if (!firstSeen) {
            firstSeen = true;
            conversations++;
            if (!firstFix(before).equals(firstFix(after))) {
                firstFixChanged++;
            }
        }
    }

    /** The first fix the symptom offers as written, or the label itself when it is not a symptom. */
    private String firstFix(String intent) {
        return knowledge.symptom(intent).map(Symptom::fixIds).filter(f -> !f.isEmpty()).map(f -> f.get(0))
                .orElse("(" + intent + ")");
    }

    public Report report() {
        return new Report(descriptions, unchanged, java.util.Collections.unmodifiableMap(new TreeMap<>(changes)),
                java.util.Collections.unmodifiableMap(new TreeMap<>(examples)), conversations, firstFixChanged);
    }
}
