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
import supportbot.knowledge.Phrases;

/**
 * What the bot shows for a state: the question it asks there and the buttons that answer it. One
 * place, so that a re-asked question (after "how?", a stale button, an empty message) matches the first.
 */
final class Prompts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final KnowledgeBase knowledge;
    private final Phrases phrases;

    Prompts(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.phrases = knowledge.phrases();
    }

    String say(Phrase phrase, String... namesAndValues) {
        return phrases.say(phrase, namesAndValues);
    }

    /** The first showing of the fix on offer: title, why, then its steps or its first question. */
    String presentFix(Session s) {
        Fix fix = knowledge.fix(s.fix());
        String header = say(STEP_HEADER, "number", String.valueOf(s.attempts().size() + 1),
                "total", String.valueOf(s.attempts().size() + 1 + s.plan().size()), "title", fix.title());
        return header + "\n" + fix.why() + "\n\n" + body(s, fix);
    }

    /** The question of the current state again, short, for when it has to be asked once more. */
    String question(Session s) {
        return switch (s.state()) {
            case AWAITING_PROBLEM -> say(ASK_PROBLEM);
            case CLARIFYING -> say(CLARIFY);
            case CHOOSING_VARIANT, CONFIRMING, CHECKING, ON_STEP ->
                    say(STILL_ON, "title", knowledge.fix(s.fix()).title()) + "\n" + shortQuestion(s);
            case OUTAGE -> ((Branch.Check) knowledge.fix(lastAttempt(s)).branch()).onNo();
            case RESOLVED -> say(FIXED);
            case OUT_OF_FIXES -> outOfFixes(s);
            case HANDED_OFF -> say(HANDOFF_ACTIVE);
        };
    }

    String steps(Session s) {
        return numbered(stepsOf(s, knowledge.fix(s.fix()))) + "\n\n" + shortQuestion(s);
    }

    String outOfFixes(Session s) {
        return say(OUT_OF_FIXES, "tried", tried(s));
    }

    /** What the user can paste to Apple Support. */
    String summary(Session s) {
        return summary(s, tried(s, TRIED_LINE));
    }

    /** The support chat's view of a hand-off: the summary, with the time of each fix and of the request. */
    String handoffRequest(Session s) {
        return say(HANDOFF_REQUEST, "time", time(s.lastSeen()), "summary", summary(s, tried(s, HANDOFF_TRIED_LINE)));
    }

    private String summary(Session s, String tried) {
        String intent = s.intent() == null ? "-" : knowledge.symptom(s.intent()).map(x -> x.summary()).orElse(s.intent());
        return say(SUMMARY_LINE,
                "problem", s.problem() == null ? "-" : s.problem(),
                "intent", intent,
                "confidence", String.format(Locale.ROOT, "%.2f", s.confidence()),
                "tried", tried);
    }

    private static String time(Instant at) {
        return at == null ? "-" : TIME.format(at);
    }

    List<Button> buttons(Session s) {
        List<Button> buttons = new ArrayList<>();
        switch (s.state()) {
            case AWAITING_PROBLEM -> knowledge.commonProblems().forEach(intent -> buttons.add(problem(s, intent)));
            case CLARIFYING -> {
                s.options().forEach(intent -> buttons.add(problem(s, intent)));
                buttons.add(act(s, BUTTON_SOMETHING_ELSE, Action.SOMETHING_ELSE));
            }
            case CHOOSING_VARIANT -> {
                Branch.ChooseVariant choose = (Branch.ChooseVariant) knowledge.fix(s.fix()).branch();
                choose.variants().forEach(v -> buttons.add(
                        new Button(v.label(), ButtonData.encode(s.turn(), new Answer.PickVariant(v.id())))));
                buttons.add(act(s, BUTTON_SKIP, Action.SKIP));
                buttons.add(act(s, BUTTON_HOW, Action.HOW));
                buttons.add(act(s, BUTTON_STOP, Action.STOP));
            }
            case CONFIRMING -> {
                Branch.Confirm confirm = (Branch.Confirm) knowledge.fix(s.fix()).branch();
                buttons.add(new Button(confirm.yes(), ButtonData.encode(s.turn(), new Answer.Act(Action.YES))));
                buttons.add(new Button(confirm.no(), ButtonData.encode(s.turn(), new Answer.Act(Action.NO))));
                buttons.add(act(s, BUTTON_STOP, Action.STOP));
            }
            case CHECKING -> {
                Branch.Check check = (Branch.Check) knowledge.fix(s.fix()).branch();
                buttons.add(new Button(check.yes(), ButtonData.encode(s.turn(), new Answer.Act(Action.YES))));
                buttons.add(new Button(check.no(), ButtonData.encode(s.turn(), new Answer.Act(Action.NO))));
                buttons.add(act(s, BUTTON_HOW, Action.HOW));
                buttons.add(act(s, BUTTON_STOP, Action.STOP));
            }
            case ON_STEP -> {
                buttons.add(act(s, BUTTON_FIXED, Action.FIXED));
                buttons.add(act(s, BUTTON_NOT_FIXED, Action.NOT_FIXED));
                buttons.add(act(s, BUTTON_SKIP, Action.SKIP));
                buttons.add(act(s, BUTTON_HOW, Action.HOW));
                buttons.add(act(s, BUTTON_STOP, Action.STOP));
            }
            case OUTAGE -> {
                buttons.add(act(s, BUTTON_WAIT, Action.WAIT));
                buttons.add(act(s, BUTTON_CONTINUE, Action.CONTINUE));
            }
            case RESOLVED -> {
                buttons.add(act(s, BUTTON_HELPFUL, Action.HELPFUL));
                buttons.add(act(s, BUTTON_NOT_HELPFUL, Action.NOT_HELPFUL));
                buttons.add(act(s, BUTTON_ANOTHER_PROBLEM, Action.ANOTHER_PROBLEM));
            }
            case OUT_OF_FIXES -> {
                buttons.add(act(s, BUTTON_HUMAN, Action.HUMAN));
                buttons.add(act(s, BUTTON_START_OVER, Action.START_OVER));
            }
            case HANDED_OFF -> buttons.add(act(s, BUTTON_BACK_TO_BOT, Action.STOP));
        }
        return buttons;
    }

    private String body(Session s, Fix fix) {
        return switch (s.state()) {
            case CHOOSING_VARIANT -> ((Branch.ChooseVariant) fix.branch()).question();
            case CONFIRMING -> ((Branch.Confirm) fix.branch()).warning();
            default -> steps(s);
        };
    }

    private String shortQuestion(Session s) {
        Fix fix = knowledge.fix(s.fix());
        return switch (s.state()) {
            case CHOOSING_VARIANT -> ((Branch.ChooseVariant) fix.branch()).question();
            case CONFIRMING -> ((Branch.Confirm) fix.branch()).warning();
            case CHECKING -> ((Branch.Check) fix.branch()).question();
            default -> say(STEP_QUESTION);
        };
    }

    private static List<String> stepsOf(Session s, Fix fix) {
        if (fix.branch() instanceof Branch.ChooseVariant choose && s.variant() != null) {
            return choose.variant(s.variant()).map(Branch.Variant::steps).orElse(fix.steps());
        }
        return fix.steps();
    }

    private static String numbered(List<String> steps) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(steps.get(i));
        }
        return out.toString();
    }

    private String tried(Session s) {
        return tried(s, TRIED_LINE);
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

    private static String lastAttempt(Session s) {
        return s.attempts().get(s.attempts().size() - 1).fixId();
    }

    private Button problem(Session s, String intent) {
        String label = knowledge.symptom(intent).map(x -> capitalized(x.summary())).orElse(intent);
        return new Button(label, ButtonData.encode(s.turn(), new Answer.Problem(intent, 1.0)));
    }

    private Button act(Session s, Phrase label, Action action) {
        return new Button(say(label), ButtonData.encode(s.turn(), new Answer.Act(action)));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
