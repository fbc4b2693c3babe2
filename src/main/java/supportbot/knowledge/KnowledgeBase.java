package supportbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fixes and symptoms of a pack's knowledge.conf, the problems offered as buttons, and the bot's phrases, validated when loaded. */
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

    /** Every text the bot can say (the English it knows, at the least), with its {name} placeholders unfilled. */
    public List<String> texts() {
        List<String> all = new ArrayList<>(phrases.all());
        fixes.values().forEach(f -> {
            all.add(f.title());
            all.add(f.why());
            all.add(f.details());
            all.addAll(f.steps());
            all.addAll(f.answers().values());
            if (f.branch() instanceof Branch.Check check) {
                all.addAll(List.of(check.question(), check.yes(), check.no(), check.waitText(), check.goOnText()));
            } else if (f.branch() instanceof Branch.ChooseVariant choose) {
                all.add(choose.question());
                all.add(choose.chosen());
                choose.variants().forEach(v -> {
                    all.add(v.label());
                    all.addAll(v.steps());
                });
            } else if (f.branch() instanceof Branch.Confirm confirm) {
                all.addAll(List.of(confirm.warning(), confirm.yes(), confirm.no()));
            }
        });
        symptoms.values().forEach(x -> {
            all.add(x.summary());
            all.add(x.label());
            all.addAll(x.phrases().values());
            x.wording().values().forEach(w -> {
                if (w.why() != null) {
                    all.add(w.why());
                }
                if (w.details() != null) {
                    all.add(w.details());
                }
            });
        });
        return all;
    }

    public boolean isSymptom(String intent) {
        return symptoms.containsKey(intent);
    }
}
