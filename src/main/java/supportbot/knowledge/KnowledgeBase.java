package supportbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fixes and symptoms of conf/knowledge.conf, the problems offered as buttons, and the bot's phrases, validated when loaded. */
public record KnowledgeBase(
        Map<String, Fix> fixes, Map<String, Symptom> symptoms, List<String> commonProblems, Phrases phrases) {
    public KnowledgeBase {
        fixes = Map.copyOf(fixes);
        symptoms = Map.copyOf(symptoms);
        commonProblems = List.copyOf(commonProblems);
    }

    public Fix fix(String id) {
        Fix fix = fixes.get(id);
        if (fix == null) {
            throw new IllegalArgumentException("no fix '" + id + "'");
        }
        return fix;
    }

    /** The fix as the problem's symptom explains it (its own "why" and "details", if it has them). */
    public Fix fixFor(String id, String intent) {
        Fix fix = fix(id);
        return intent == null ? fix : symptom(intent).map(s -> s.worded(fix)).orElse(fix);
    }

    public Optional<Symptom> symptom(String intent) {
        return Optional.ofNullable(symptoms.get(intent));
    }

    /** Every text the bot can say: the English it knows, at the least. */
    public List<String> texts() {
        List<String> all = new ArrayList<>(phrases.all());
        fixes.values().forEach(f -> {
            all.add(f.title());
            all.add(f.why());
            all.add(f.details());
            all.addAll(f.steps());
        });
        symptoms.values().forEach(x -> all.add(x.summary()));
        return all;
    }

    public boolean isSymptom(String intent) {
        return symptoms.containsKey(intent);
    }
}
