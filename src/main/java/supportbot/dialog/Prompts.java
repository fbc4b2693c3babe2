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
 * What the bot shows for a question: the words it asks with and the buttons that answer it. One place,
 * so that a question asked again (after "how?", a remark, a stale button) matches the first asking.
 * Texts come from the knowledge file; a symptom may word a phrase its own way.
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

    /** The first showing of the fix on offer: title, why, then its steps or its first question. */
    String presentFix(Session s) {
        Fix fix = knowledge.fixFor(s.fix(), s.intent());
        String header = say(STEP_HEADER, "number", String.valueOf(s.fixNumber()), "total", String.valueOf(s.fixCount()),
                "title", fix.title());
        String body = switch (Question.of(s)) {
            case VARIANT, CONFIRM -> shortQuestion(s);
            default -> steps(s);
        };
        return fill(s, header + "\n" + fix.why() + "\n\n" + body);
    }

    /** The open question again, short, for when it has to be asked once more. */
    String question(Session s) {
        return fill(s, switch (Question.of(s)) {
            case DESCRIBE -> say(ASK_PROBLEM);
            case CLARIFY -> say(CLARIFY);
            case STEP, CHECK, VARIANT, CONFIRM -> say(STILL_ON, "title", knowledge.fix(s.fix()).title()) + "\n" + shortQuestion(s);
            case OUTAGE -> say(s, OUTAGE_QUESTION);
            case HELPFUL -> say(s, HELPFUL_QUESTION);
            case OUT_OF_FIXES -> say(s, OUT_OF_FIXES_QUESTION);
            case WITH_PERSON -> say(HANDOFF_ACTIVE);
            case WELCOME_BACK -> welcomeBack(s);
            case SURE_TO_STOP -> say(SURE_TO_STOP);
            case SURE_NEW_PROBLEM -> say(SURE_NEW_PROBLEM, "summary", knowledge.symptom(s.options().get(0)).orElseThrow().summary());
        });
    }

    String welcomeBack(Session s) {
        String title = s.fix() != null ? knowledge.fix(s.fix()).title() : say(OUTAGE_TOPIC);
        return say(WELCOME_BACK, "title", title);
    }

    /** The fix's steps (the chosen variant's, if it has variants) and its question. */
    String steps(Session s) {
        Fix fix = knowledge.fix(s.fix());
        List<String> steps = fix.branch() instanceof Branch.ChooseVariant choose && s.variant() != null
                ? choose.variant(s.variant()).map(Branch.Variant::steps).orElse(fix.steps())
                : fix.steps();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return fill(s, out + "\n" + shortQuestion(s));
    }

    String details(Session s) {
        return fill(s, knowledge.fixFor(s.fix(), s.intent()).details());
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

    List<Button> buttons(Session s) {
        List<Button> buttons = new ArrayList<>();
        switch (Question.of(s)) {
            case DESCRIBE -> knowledge.commonProblems().forEach(intent -> buttons.add(problem(s, intent)));
            case CLARIFY -> {
                s.options().forEach(intent -> buttons.add(problem(s, intent)));
                buttons.add(act(s, say(BUTTON_SOMETHING_ELSE), Action.SOMETHING_ELSE));
            }
            case VARIANT -> {
                Branch.ChooseVariant choose = (Branch.ChooseVariant) knowledge.fix(s.fix()).branch();
                choose.variants().forEach(v -> buttons.add(
                        new Button(v.label(), ButtonData.encode(s.turn(), new Answer.PickVariant(v.id())))));
                buttons.add(act(s, say(BUTTON_SKIP), Action.SKIP));
                buttons.add(act(s, say(BUTTON_HOW_TO_TELL), Action.HOW));
                buttons.add(act(s, say(BUTTON_STOP), Action.STOP));
            }
            case CONFIRM -> {
                Branch.Confirm confirm = (Branch.Confirm) knowledge.fix(s.fix()).branch();
                buttons.add(act(s, confirm.yes(), Action.YES));
                buttons.add(act(s, confirm.no(), Action.NO));
                buttons.add(act(s, say(BUTTON_STOP), Action.STOP));
            }
            case CHECK -> {
                Branch.Check check = (Branch.Check) knowledge.fix(s.fix()).branch();
                buttons.add(act(s, check.yes(), Action.YES));
                buttons.add(act(s, check.no(), Action.NO));
                buttons.add(act(s, say(BUTTON_HOW), Action.HOW));
                buttons.add(act(s, say(BUTTON_STOP), Action.STOP));
            }
            case STEP -> {
                buttons.add(act(s, say(BUTTON_FIXED), Action.FIXED));
                buttons.add(act(s, say(BUTTON_NOT_FIXED), Action.NOT_FIXED));
                buttons.add(act(s, say(BUTTON_SKIP), Action.SKIP));
                buttons.add(act(s, say(BUTTON_HOW), Action.HOW));
                buttons.add(act(s, say(BUTTON_STOP), Action.STOP));
            }
            case OUTAGE -> {
                buttons.add(act(s, say(BUTTON_WAIT), Action.WAIT));
                buttons.add(act(s, say(BUTTON_CONTINUE), Action.CONTINUE));
            }
            case HELPFUL -> {
                buttons.add(act(s, say(BUTTON_HELPFUL), Action.HELPFUL));
                buttons.add(act(s, say(BUTTON_NOT_HELPFUL), Action.NOT_HELPFUL));
                buttons.add(act(s, say(BUTTON_ANOTHER_PROBLEM), Action.ANOTHER_PROBLEM));
            }
            case OUT_OF_FIXES -> {
                buttons.add(act(s, say(BUTTON_HUMAN), Action.HUMAN));
                buttons.add(act(s, say(BUTTON_START_OVER), Action.START_OVER));
            }
            case WITH_PERSON -> buttons.add(act(s, say(BUTTON_BACK_TO_BOT), Action.STOP));
            case WELCOME_BACK -> {
                buttons.add(act(s, say(BUTTON_CARRY_ON), Action.CONTINUE));
                buttons.add(act(s, say(BUTTON_START_OVER), Action.START_OVER));
            }
            case SURE_TO_STOP -> {
                buttons.add(act(s, say(BUTTON_YES_STOP), Action.STOP));
                buttons.add(act(s, say(BUTTON_CARRY_ON), Action.CONTINUE));
            }
            case SURE_NEW_PROBLEM -> {
                buttons.add(new Button(say(BUTTON_LOOK_AT_THAT), ButtonData.encode(s.turn(), new Answer.Problem(s.options().get(0), 1.0))));
                buttons.add(act(s, say(BUTTON_CARRY_ON), Action.CONTINUE));
            }
        }
        return buttons;
    }

    private String shortQuestion(Session s) {
        Fix fix = knowledge.fix(s.fix());
        return switch (Question.of(s)) {
            case VARIANT -> ((Branch.ChooseVariant) fix.branch()).question();
            case CONFIRM -> ((Branch.Confirm) fix.branch()).warning();
            case CHECK -> ((Branch.Check) fix.branch()).question();
            default -> say(s, STEP_QUESTION);
        };
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

    private Button problem(Session s, String intent) {
        String label = knowledge.symptom(intent).map(x -> x.label()).orElse(intent);
        return new Button(label, ButtonData.encode(s.turn(), new Answer.Problem(intent, 1.0)));
    }

    private static Button act(Session s, String label, Action action) {
        return new Button(label, ButtonData.encode(s.turn(), new Answer.Act(action)));
    }
}
