package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;

/**
 * The words the bot says, from the knowledge file: phrases (a symptom may word one its own way), a fix as it
 * is first shown, its steps and its explanations, summaries, and the buttons' data. What each question asks
 * and offers is its own declaration's ({@link Asked}).
 */
final class Prompts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final KnowledgeBase knowledge;

    Prompts(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    String say(Phrase phrase, String... namesAndValues) {
        return knowledge.phrases().say(phrase, namesAndValues);
    }

    /** The phrase as the session's symptom words it, if it has its own wording. */
    String say(Session s, Phrase phrase, String... namesAndValues) {
        String own = s.intent() == null ? null : knowledge.symptom(s.intent()).map(x -> x.phrases().get(phrase)).orElse(null);
        String text = own == null ? say(phrase, namesAndValues) : knowledge.phrases().fill(own, namesAndValues);
        return text.replace("{service}", service(s));
    }

    /** The fix on offer as its own symptom explains it: in a plan for two problems, the one it is for. */
    Fix fix(Session s) {
        return knowledge.fixFor(s.fix(), symptomOf(s, s.fix()));
    }

    /** Of the two problems being worked on, the one whose list has the fix earlier (the likelier on a tie). */
    private String symptomOf(Session s, String fixId) {
        if (s.other() == null || s.intent() == null) {
            return s.intent();
        }
        int mine = place(s.intent(), fixId);
        int theirs = place(s.other(), fixId);
        return theirs < mine ? s.other() : s.intent();
    }

    private int place(String intent, String fixId) {
        int i = knowledge.symptom(intent).map(x -> x.fixIds().indexOf(fixId)).orElse(-1);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The first showing of the fix on offer: title, why, then its steps or its first question. */
    String presentFix(Session s, String firstQuestion) {
        Fix fix = fix(s);
        String header = say(STEP_HEADER, "number", String.valueOf(s.fixNumber()), "total", String.valueOf(s.fixCount()),
                "title", fix.title());
        return fill(s, header + "\n" + fix.why() + "\n\n" + firstQuestion);
    }

    /** "We're on: <title>." and the question about the fix on offer, to ask it again. */
    String stillOn(Session s, String question) {
        return fill(s, say(STILL_ON, "title", knowledge.fix(s.fix()).title()) + "\n" + question);
    }

    /** The fix's steps (the chosen variant's, if it has variants), then {@code question}. */
    String steps(Session s, String question) {
        Fix fix = knowledge.fix(s.fix());
        List<String> steps = fix.branch() instanceof Branch.ChooseVariant choose && s.variant() != null
                ? choose.variant(s.variant()).map(Branch.Variant::steps).orElse(fix.steps())
                : fix.steps();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return fill(s, out + "\n" + question);
    }

    /**
     * What the fix on offer (or, with none on offer, the one tried last) says about {@code aspect}: how (its
     * details), why, what it keeps, how long, another way.
     */
    String explain(Session s, Answer.Aspect aspect) {
        String fixId = s.fix() != null ? s.fix() : s.lastAttempt().fixId();
        Fix fix = knowledge.fixFor(fixId, symptomOf(s, fixId));
        return fill(s, switch (aspect) {
            case HOW -> fix.details();
            case WHY -> fix.answers().getOrDefault("why", fix.why());
            case SAFE -> fix.answers().getOrDefault("safe", fix.details());
            case TIME -> fix.answers().getOrDefault("time", fix.details());
            case OTHER_WAY -> fix.answers().getOrDefault("other-way", fix.details());
        });
    }

    String welcomeBack(Session s) {
        if (s.fix() == null && s.state() == State.AWAITING_PROBLEM && s.intent() != null) {
            List<String> tried = s.attempts().stream().skip(s.firstAttempt()).map(a -> knowledge.fix(a.fixId()).title()).distinct().toList();
            return say(WELCOME_BACK_PROBLEM, "summary", knowledge.symptom(s.intent()).map(x -> x.summary()).orElse(s.intent()),
                    "tried", tried.isEmpty() ? say(SUMMARY_NOTHING_TRIED) : list(tried));
        }
        String title = s.fix() != null ? knowledge.fix(s.fix()).title() : say(OUTAGE_TOPIC);
        return say(WELCOME_BACK, "title", title);
    }

    String outOfFixes(Session s) {
        return say(s, OUT_OF_FIXES, "tried", tried(s, TRIED_LINE)) + "\n" + say(s, OUT_OF_FIXES_QUESTION);
    }

    /** What the user can paste to Apple Support, or what the support chat reads. */
    String summary(Session s, boolean withTimes) {
        List<String> lines = new ArrayList<>();
        if (s.problem() != null) {
            lines.add(say(SUMMARY_PROBLEM, "problem", s.problem()));
        }
        if (s.intent() != null) {
            lines.add(say(SUMMARY_LOOKS_LIKE, "intent", knowledge.symptom(s.intent()).map(x -> x.summary()).orElse(s.intent())));
        }
        lines.add(say(SUMMARY_TRIED, "tried", tried(s, withTimes ? HANDOFF_TRIED_LINE : TRIED_LINE)));
        if (!s.said().isEmpty()) {
            lines.add(say(SUMMARY_SAID, "said", s.said().stream().map(x -> "- " + x).collect(Collectors.joining("\n"))));
        }
        return String.join("\n", lines);
    }

    static String time(Instant at) {
        return at == null ? "-" : TIME.format(at);
    }

    /** "A", "A and B", "A, B and C". */
    String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + say(LIST_AND) + " " + items.get(items.size() - 1);
    }

    private String tried(Session s, Phrase line) {
        if (s.attempts().isEmpty()) {
            return say(SUMMARY_NOTHING_TRIED);
        }
        return s.attempts().stream()
                .map(a -> say(line, "title", knowledge.fix(a.fixId()).title(), "result", say(resultPhrase(a.result())),
                        "time", time(a.at())))
                .collect(Collectors.joining("\n"));
    }

    private static Phrase resultPhrase(Attempt.Result result) {
        return switch (result) {
            case FIXED -> RESULT_FIXED;
            case NOT_FIXED -> RESULT_NOT_FIXED;
            case SKIPPED -> RESULT_SKIPPED;
            case DECLINED -> RESULT_DECLINED;
            case CHECK_OK -> RESULT_CHECK_OK;
            case OUTAGE -> RESULT_OUTAGE;
            case INTERRUPTED -> RESULT_INTERRUPTED;
            case ALREADY_DONE -> RESULT_ALREADY_DONE;
        };
    }

    /** Fix texts name the service the symptom is about: iCloud Backup, or iCloud Photos. */
    String fill(Session s, String text) {
        return text.replace("{service}", service(s));
    }

    private String service(Session s) {
        String own = s.intent() == null ? null : knowledge.symptom(s.intent()).map(x -> x.phrases().get(SERVICE)).orElse(null);
        return own != null ? own : say(SERVICE);
    }

    /** A button that picks a problem. */
    Button problem(Session s, String intent) {
        String label = knowledge.symptom(intent).map(x -> x.label()).orElse(intent);
        return new Button(label, ButtonData.encode(s.turn(), new Answer.Problem(intent, 1.0)));
    }

    /** A button that gives {@code answer}. */
    static Button button(Session s, String label, Answer answer) {
        return new Button(label, ButtonData.encode(s.turn(), answer));
    }

    static Button act(Session s, String label, Action action) {
        return button(s, label, new Answer.Act(action));
    }
}
