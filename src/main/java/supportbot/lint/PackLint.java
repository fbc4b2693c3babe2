package supportbot.lint;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import supportbot.app.ConfFiles;
import supportbot.dialog.ConversationLabels;
import supportbot.knowledge.InvalidKnowledgeException;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.KnowledgeLoader;
import supportbot.lint.LintProblem.Severity;
import supportbot.nlu.TextNormalizer;

/**
 * Checks a knowledge pack (its knowledge file, its intent training and test data, and the model trained from
 * them) for the mistakes that otherwise show only as "didn't understand" in a chat: a symptom the model was
 * never taught, a label no symptom answers, test labels the model cannot know, the same words taught as two
 * intents, labels with too few examples, fixes no symptom offers, a knowledge file the bot would refuse, and
 * a model older than its data. Every problem is reported, each with its file and line.
 */
public final class PackLint {
    /** Two lines whose word sets overlap this much (Jaccard) are near-duplicates. */
    private static final double NEAR = 0.85;
    private static final int NEAR_MIN_WORDS = 4;

    private final Path knowledge;
    private final Path training;
    private final Path test;
    private final int minExamples;
    private final List<LintProblem> problems = new ArrayList<>();

    public PackLint(Path knowledge, Path training, Path test, int minExamples) {
        this.knowledge = knowledge;
        this.training = training;
        this.test = test;
        this.minExamples = minExamples;
    }

    /** A line of intent data: where it is, its label and its words. */
    private record Line(Path file, int number, String label, String text) {
    }

    /** {@code modelIsCurrent}: false when the shipped model is older than its data or settings (run train). */
    public List<LintProblem> run(boolean modelIsCurrent) {
        Config root = parse();
        KnowledgeBase kb = root == null ? null : load(root);
        List<Line> train = lines(training);
        List<Line> tested = lines(test);
        Map<String, List<Line>> byLabel = new TreeMap<>();
        train.forEach(l -> byLabel.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(l));
        if (kb != null) {
            symptomsAndLabels(root, kb, byLabel);
            unreachedFixes(root, kb);
            placeholders(root, kb);
        }
        for (Line l : tested) {
            if (!byLabel.containsKey(l.label())) {
                error(l, "test label '" + l.label() + "' is not in the training data");
            }
        }
        byLabel.forEach((label, lines) -> {
            if (lines.size() < minExamples) {
                warning(lines.get(0), "label '" + label + "' has " + lines.size() + " training examples, fewer than " + minExamples);
            }
        });
        duplicates(train);
        if (!modelIsCurrent) {
            problems.add(new LintProblem(Severity.ERROR, training.toString(), 0,
                    "the shipped model was trained on other data or settings: run 'train'"));
        }
        return List.copyOf(problems);
    }

    private Config parse() {
        try {
            return ConfFiles.parse(knowledge);
        } catch (ConfigException e) {
            int line = e.origin() == null ? 0 : Math.max(0, e.origin().lineNumber());
            problems.add(new LintProblem(Severity.ERROR, knowledge.toString(), line, e.getMessage()));
            return null;
        }
    }

    private KnowledgeBase load(Config root) {
        try {
            return new KnowledgeLoader(knowledge.toString()).load(root, ConfFiles.withDefaults("phrases.conf").config());
        } catch (InvalidKnowledgeException e) {
            problems.add(new LintProblem(Severity.ERROR, knowledge.toString(), lineOf(root, e.entry()), e.entry() + ": " + e.problem()));
        } catch (ConfigException e) {
            int line = e.origin() == null ? 0 : Math.max(0, e.origin().lineNumber());
            problems.add(new LintProblem(Severity.ERROR, knowledge.toString(), line, e.getMessage()));
        }
        return null;
    }

    private void symptomsAndLabels(Config root, KnowledgeBase kb, Map<String, List<Line>> byLabel) {
        for (String intent : kb.symptoms().keySet()) {
            if (!byLabel.containsKey(intent)) {
                problems.add(new LintProblem(Severity.ERROR, knowledge.toString(), lineOf(root, "symptoms." + intent),
                        "symptom '" + intent + "' has no training examples: the model can never choose it"));
            }
        }
        byLabel.forEach((label, lines) -> {
            if (!kb.symptoms().containsKey(label) && !ConversationLabels.ALL.contains(label)) {
                error(lines.get(0), "label '" + label + "' (" + lines.size() + " lines) is neither a symptom of "
                        + knowledge.getFileName() + " nor one of " + ConversationLabels.ALL);
            }
        });
    }

    private void unreachedFixes(Config root, KnowledgeBase kb) {
        Set<String> reached = new HashSet<>();
        kb.symptoms().values().forEach(s -> reached.addAll(s.fixIds()));
        for (String fix : kb.fixes().keySet()) {
            if (!reached.contains(fix)) {
                problems.add(new LintProblem(Severity.WARNING, knowledge.toString(), lineOf(root, "fixes." + fix),
                        "fix '" + fix + "' is offered by no symptom"));
            }
        }
    }

    /** A fix's texts may name only {service}; anything else in braces would reach the user as it is. */
    private void placeholders(Config root, KnowledgeBase kb) {
        kb.fixes().values().forEach(fix -> {
            List<String> texts = new ArrayList<>(List.of(fix.title(), fix.why(), fix.details()));
            texts.addAll(fix.steps());
            kb.symptoms().values().forEach(symptom -> {
                var w = symptom.wording().get(fix.id());
                if (w != null) {
                    texts.add(w.why() == null ? "" : w.why());
                    texts.add(w.details() == null ? "" : w.details());
                }
            });
            if (fix.branch() instanceof supportbot.knowledge.Branch.Check check) {
                texts.addAll(List.of(check.question(), check.waitText(), check.goOnText()));
            } else if (fix.branch() instanceof supportbot.knowledge.Branch.ChooseVariant choose) {
                texts.addAll(List.of(choose.question(), choose.chosen()));
                choose.variants().forEach(v -> texts.addAll(v.steps()));
            }
            for (String text : texts) {
                java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    if (!m.group().equals("{service}")) {
                        problems.add(new LintProblem(Severity.ERROR, knowledge.toString(), lineOf(root, "fixes." + fix.id()),
                                "fix '" + fix.id() + "' says " + m.group() + ", which the bot does not fill in (only {service})"));
                    }
                }
            }
        });
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{[^{}\\s]+}");

    /** The same words under two labels teach the model nothing but doubt; nearly the same, probably a slip. */
    private void duplicates(List<Line> train) {
        Map<String, Line> seen = new LinkedHashMap<>();
        List<Line> distinct = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (Line l : train) {
            String normal = String.join(" ", TextNormalizer.tokens(l.text()));
            Line before = seen.putIfAbsent(normal, l);
            if (before != null) {
                if (!before.label().equals(l.label())) {
                    error(l, "the same words as line " + before.number() + ", which is labelled '" + before.label()
                            + "', not '" + l.label() + "'");
                }
                continue;
            }
            distinct.add(l);
            words.add(new HashSet<>(Arrays.asList(normal.split(" "))));
        }
        for (int i = 0; i < distinct.size(); i++) {
            if (words.get(i).size() < NEAR_MIN_WORDS) {
                continue;
            }
            for (int j = i + 1; j < distinct.size(); j++) {
                if (distinct.get(i).label().equals(distinct.get(j).label()) || words.get(j).size() < NEAR_MIN_WORDS) {
                    continue;
                }
                if (jaccard(words.get(i), words.get(j)) >= NEAR) {
                    warning(distinct.get(j), "nearly the same words as line " + distinct.get(i).number() + ", which is labelled '"
                            + distinct.get(i).label() + "', not '" + distinct.get(j).label() + "'");
                }
            }
        }
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    private List<Line> lines(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new LintProblem(Severity.ERROR, file.toString(), 0, "cannot be read: " + e.getMessage()));
            return List.of();
        } catch (UncheckedIOException e) {
            problems.add(new LintProblem(Severity.ERROR, file.toString(), 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                problems.add(new LintProblem(Severity.ERROR, file.toString(), i + 1, "a label without a message"));
                continue;
            }
            lines.add(new Line(file, i + 1, line.substring(0, space), line.substring(space + 1).strip()));
        }
        return lines;
    }

    /** The line of an entry of the knowledge file, or of its nearest parent that has one. */
    private static int lineOf(Config root, String entry) {
        // The loader names the top-level list "knowledge.common-problems"; in the file it is just "common-problems".
        String path = entry.replaceAll("\\[\\d+]", "").replaceFirst("^knowledge\\.", "");
        while (!path.isEmpty()) {
            try {
                if (root.hasPath(path)) {
                    return Math.max(0, root.getValue(path).origin().lineNumber());
                }
            } catch (ConfigException e) {
                // a key that is not a valid path: try its parent
            }
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        return 0;
    }

    private void error(Line l, String message) {
        problems.add(new LintProblem(Severity.ERROR, l.file().toString(), l.number(), message));
    }

    private void warning(Line l, String message) {
        problems.add(new LintProblem(Severity.WARNING, l.file().toString(), l.number(), message));
    }
}
