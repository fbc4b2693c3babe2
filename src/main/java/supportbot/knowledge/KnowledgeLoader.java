package supportbot.knowledge;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds the {@link KnowledgeBase} from a pack's parsed knowledge.conf and the shared conf/phrases.conf, and
 * refuses a file with a mistake, naming the file and the entry: better no start than a bot that breaks
 * mid-conversation. A phrase is looked up in the symptom, then its topic, then the pack, then the shared ones.
 */
public final class KnowledgeLoader {
    private final String file;

    public KnowledgeLoader(String file) {
        this.file = file;
    }

    /** {@code shared}: the topic-neutral phrases, which the pack's own {@code phrases} may replace. */
    public KnowledgeBase load(Config root, Config shared) {
        Map<String, Fix> fixes = new LinkedHashMap<>();
        for (String id : keys(root, "fixes")) {
            fixes.put(id, fix(id, root.getConfig("fixes").getConfig(quoted(id))));
        }
        Map<String, Map<Phrase, String>> topics = topics(root);
        Map<String, Symptom> symptoms = new LinkedHashMap<>();
        for (String intent : keys(root, "symptoms")) {
            symptoms.put(intent, symptom(intent, root.getConfig("symptoms").getConfig(quoted(intent)), fixes.keySet(), topics));
        }
        return new KnowledgeBase(fixes, symptoms, commonProblems(root, symptoms.keySet()), phrases(root, shared));
    }

    private Map<String, Map<Phrase, String>> topics(Config root) {
        Map<String, Map<Phrase, String>> topics = new LinkedHashMap<>();
        if (root.hasPath("topics")) {
            for (String topic : root.getObject("topics").keySet()) {
                String at = "topics." + topic;
                Config c = root.getConfig("topics").getConfig(quoted(topic));
                onlyKeys(at, c, Set.of("phrases"));
                topics.put(topic, ownPhrases(at, c));
            }
        }
        return topics;
    }

    /** The {@code phrases} block of a symptom or a topic: each key must name a phrase. */
    private Map<Phrase, String> ownPhrases(String entry, Config c) {
        Map<Phrase, String> own = new EnumMap<>(Phrase.class);
        if (c.hasPath("phrases")) {
            for (String key : c.getObject("phrases").keySet()) {
                own.put(phrase(entry + ".phrases." + key, key), text(entry + ".phrases", c.getConfig("phrases"), key));
            }
        }
        return own;
    }

    private Phrase phrase(String at, String key) {
        return Arrays.stream(Phrase.values()).filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidKnowledgeException(file, at, "unknown phrase (a typo?)"));
    }

    private void onlyKeys(String at, Config c, Set<String> allowed) {
        for (String key : c.root().keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidKnowledgeException(file, at + "." + key, "unknown key (a typo?); expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private List<String> commonProblems(Config root, Set<String> intents) {
        List<String> common = strings("knowledge", root, "common-problems");
        for (String intent : common) {
            if (!intents.contains(intent)) {
                throw new InvalidKnowledgeException(file, "common-problems", "unknown symptom '" + intent + "'");
            }
        }
        return common;
    }

    private Fix fix(String id, Config c) {
        String entry = "fixes." + id;
        onlyKeys(entry, c, Set.of("already-done", "title", "why", "steps", "details", "answers", "choose", "check", "confirm"));
        Branch branch = branch(entry, c);
        List<String> steps = c.hasPath("steps") ? strings(entry, c, "steps") : List.of();
        if (steps.stream().anyMatch(String::isEmpty)) {
            throw new InvalidKnowledgeException(file, entry + ".steps", "a step is empty");
        }
        if (steps.isEmpty() && !(branch instanceof Branch.ChooseVariant)) {
            throw new InvalidKnowledgeException(file, entry, "a fix needs at least one step");
        }
        return new Fix(id, text(entry, c, "title"), text(entry, c, "why"), steps, text(entry, c, "details"), branch,
                patterns(entry, c, "already-done"), answers(entry, c));
    }

    /** What the fix says to questions about it: optional, each a text. */
    private Map<String, String> answers(String entry, Config c) {
        if (!c.hasPath("answers")) {
            return Map.of();
        }
        String at = entry + ".answers";
        Config answers = c.getConfig("answers");
        onlyKeys(at, answers, Fix.ANSWER_KEYS);
        Map<String, String> texts = new java.util.HashMap<>();
        answers.root().keySet().forEach(key -> texts.put(key, text(at, answers, key)));
        return texts;
    }

    private Branch branch(String entry, Config c) {
        int branches = (c.hasPath("choose") ? 1 : 0) + (c.hasPath("check") ? 1 : 0) + (c.hasPath("confirm") ? 1 : 0);
        if (branches > 1) {
            throw new InvalidKnowledgeException(file, entry, "a fix has at most one of choose, check, confirm");
        }
        if (c.hasPath("choose")) {
            String at = entry + ".choose";
            Config choose = c.getConfig("choose");
            onlyKeys(at, choose, Set.of("question", "chosen", "options", "mentioned"));
            List<Branch.Variant> variants = new ArrayList<>();
            List<? extends Config> options = list(at, choose, "options");
            for (int i = 0; i < options.size(); i++) {
                variants.add(variant(at + ".options[" + i + "]", options.get(i)));
            }
            if (variants.size() < 2) {
                throw new InvalidKnowledgeException(file, at, "a choice needs at least two options");
            }
            List<Pattern> mentioned = patterns(at, choose, "mentioned");
            return new Branch.ChooseVariant(text(at, choose, "question"), text(at, choose, "chosen"), variants,
                    mentioned.isEmpty() ? null : mentioned.get(0));
        }
        if (c.hasPath("check")) {
            String at = entry + ".check";
            Config check = c.getConfig("check");
            onlyKeys(at, check, Set.of("question", "yes", "no", "yes-matches", "no-matches", "wait-on", "wait",
                    "wait-counts-as", "go-on"));
            String waitOn = text(at, check, "wait-on");
            if (!waitOn.equals("yes") && !waitOn.equals("no")) {
                throw new InvalidKnowledgeException(file, at + ".wait-on", "must be \"yes\" or \"no\": the answer that means waiting");
            }
            return new Branch.Check(text(at, check, "question"), text(at, check, "yes"), text(at, check, "no"),
                    patterns(at, check, "yes-matches"), patterns(at, check, "no-matches"), waitOn.equals("yes"),
                    text(at, check, "wait"), counts(at + ".wait-counts-as", text(at, check, "wait-counts-as")),
                    text(at, check, "go-on"));
        }
        if (c.hasPath("confirm")) {
            String at = entry + ".confirm";
            Config confirm = c.getConfig("confirm");
            onlyKeys(at, confirm, Set.of("warning", "yes", "no"));
            return new Branch.Confirm(text(at, confirm, "warning"), text(at, confirm, "yes"), text(at, confirm, "no"));
        }
        return new Branch.Plain();
    }

    private Branch.Counts counts(String at, String value) {
        return switch (value) {
            case "worked" -> Branch.Counts.WORKED;
            case "failed" -> Branch.Counts.FAILED;
            case "neither" -> Branch.Counts.NEITHER;
            default -> throw new InvalidKnowledgeException(file, at, "must be worked, failed or neither, not '" + value + "'");
        };
    }

    private Branch.Variant variant(String at, Config c) {
        onlyKeys(at, c, Set.of("id", "label", "steps", "matches"));
        List<String> steps = strings(at, c, "steps");
        if (steps.isEmpty() || steps.stream().anyMatch(String::isEmpty)) {
            throw new InvalidKnowledgeException(file, at, "an option needs at least one step");
        }
        return new Branch.Variant(text(at, c, "id"), text(at, c, "label"), steps, patterns(at, c, "matches"));
    }

    /** Optional list of regular expressions that recognise typed answers. */
    private List<Pattern> patterns(String at, Config c, String key) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : c.hasPath(key) ? strings(at, c, key) : List.<String>of()) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new InvalidKnowledgeException(file, at + "." + key, "bad pattern '" + regex + "': " + e.getDescription());
            }
        }
        return patterns;
    }

    private Symptom symptom(String intent, Config c, Set<String> fixIds, Map<String, Map<Phrase, String>> topics) {
        String entry = "symptoms." + intent;
        onlyKeys(entry, c, Set.of("label", "summary", "fixes", "topic", "phrases", "wording"));
        List<String> fixes = strings(entry, c, "fixes");
        if (fixes.isEmpty()) {
            throw new InvalidKnowledgeException(file, entry, "an intent needs at least one fix");
        }
        for (String fix : fixes) {
            if (!fixIds.contains(fix)) {
                throw new InvalidKnowledgeException(file, entry, "unknown fix id '" + fix + "'");
            }
        }
        if (fixes.stream().distinct().count() != fixes.size()) {
            throw new InvalidKnowledgeException(file, entry, "a fix is listed twice");
        }
        String summary = text(entry, c, "summary");
        String label = c.hasPath("label") ? text(entry, c, "label") : summary;
        Map<Phrase, String> own = new EnumMap<>(Phrase.class);
        if (c.hasPath("topic")) {
            String topic = text(entry, c, "topic");
            if (!topics.containsKey(topic)) {
                throw new InvalidKnowledgeException(file, entry + ".topic", "no topic '" + topic + "' under topics");
            }
            own.putAll(topics.get(topic));
        }
        own.putAll(ownPhrases(entry, c));
        Map<String, Symptom.Wording> wording = new java.util.LinkedHashMap<>();
        if (c.hasPath("wording")) {
            Config words = c.getConfig("wording");
            for (String fix : words.root().keySet()) {
                String at = entry + ".wording." + fix;
                if (!fixes.contains(fix)) {
                    throw new InvalidKnowledgeException(file, at, "not one of this symptom's fixes");
                }
                Config w = words.getConfig(quoted(fix));
                onlyKeys(at, w, Set.of("why", "details"));
                wording.put(fix, new Symptom.Wording(w.hasPath("why") ? text(at, w, "why") : null,
                        w.hasPath("details") ? text(at, w, "details") : null));
            }
        }
        return new Symptom(intent, summary, label, fixes, own, wording);
    }

    private Phrases phrases(Config root, Config shared) {
        for (String key : root.hasPath("phrases") ? root.getObject("phrases").keySet() : Set.<String>of()) {
            phrase("phrases." + key, key);
        }
        for (String key : shared.hasPath("phrases") ? shared.getObject("phrases").keySet() : Set.<String>of()) {
            if (Arrays.stream(Phrase.values()).noneMatch(p -> p.key().equals(key))) {
                throw new InvalidKnowledgeException(shared.origin().description(), "phrases." + key, "unknown phrase (a typo?)");
            }
        }
        Config merged = root.withOnlyPath("phrases").withFallback(shared.withOnlyPath("phrases"));
        Map<Phrase, String> texts = new EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            if (!merged.hasPath("phrases." + phrase.key())) {
                throw new InvalidKnowledgeException(file, "phrases." + phrase.key(),
                        "missing: neither this pack's phrases nor conf/phrases.conf say it");
            }
            texts.put(phrase, text("phrases", merged.getConfig("phrases"), phrase.key()));
        }
        return new Phrases(texts);
    }

    private Set<String> keys(Config root, String path) {
        try {
            ConfigObject object = root.getObject(path);
            if (object.isEmpty()) {
                throw new InvalidKnowledgeException(file, path, "is empty");
            }
            return object.keySet();
        } catch (ConfigException e) {
            throw new InvalidKnowledgeException(file, path, e.getMessage());
        }
    }

    private String text(String entry, Config c, String key) {
        try {
            String value = c.getString(key).strip();
            if (value.isEmpty()) {
                throw new InvalidKnowledgeException(file, entry + "." + key, "is empty");
            }
            return value;
        } catch (ConfigException e) {
            throw new InvalidKnowledgeException(file, entry + "." + key, "missing or not text");
        }
    }

    private List<String> strings(String entry, Config c, String key) {
        try {
            return c.getStringList(key).stream().map(String::strip).toList();
        } catch (ConfigException e) {
            throw new InvalidKnowledgeException(file, entry + "." + key, "missing or not a list of texts");
        }
    }

    private List<? extends Config> list(String entry, Config c, String key) {
        try {
            return c.getConfigList(key);
        } catch (ConfigException e) {
            throw new InvalidKnowledgeException(file, entry + "." + key, "missing or not a list of entries");
        }
    }

    /** Fix ids contain dashes, which HOCON paths accept only when quoted. */
    private static String quoted(String key) {
        return "\"" + key + "\"";
    }
}
