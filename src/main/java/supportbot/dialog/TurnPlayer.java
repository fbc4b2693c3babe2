package supportbot.dialog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.Classification;
import supportbot.nlu.Intent;
import supportbot.nlu.Language;
import supportbot.nlu.TextClassifier;

/**
 * Plays one {@link Turn} through the real engine and models: the prefix reaches the question (its
 * {@code [problem:X]} is taken for sure, its presses are the offered buttons), then the typed words are
 * read as any message would be, and what the engine did is named as the turn file names it.
 */
public final class TurnPlayer {
    private static final Pattern PROBLEM = Pattern.compile("\\[problem:([a-z_]+)]");
    private static final Duration A_DAY_LATER = Duration.ofHours(25);
    private final DialogEngine engine;
    private final KnowledgeBase knowledge;

    public TurnPlayer(KnowledgeBase knowledge, TextClassifier intents, AnswerReader answers, DialogSettings settings,
                      Language english) {
        this.knowledge = knowledge;
        this.engine = new DialogEngine(knowledge, new Surely(intents), answers, settings, english);
    }

    /** "[problem:X]" in a prefix is surely problem X; any other words are read by the intent model. */
    private record Surely(TextClassifier intents) implements TextClassifier {
        @Override
        public Classification classify(String text) {
            return named(text).orElseGet(() -> intents.classify(text));
        }

        private static Optional<Classification> named(String text) {
            Matcher m = PROBLEM.matcher(text.strip());
            return m.matches() ? Optional.of(new Classification(List.of(new Intent(m.group(1), 1.0)))) : Optional.empty();
        }
    }

    public Turn.Result play(Turn turn) {
        Game game = new Game();
        for (String input : turn.prefix()) {
            if (!game.prefix(input)) {
                return new Turn.Result(turn, Turn.Verdict.NOT_REACHED, "prefix failed at " + input, game.session.state(), game.lastText(),
                        Double.NaN);
            }
        }
        if (!reached(game.session, turn.question())) {
            return new Turn.Result(turn, Turn.Verdict.NOT_REACHED, "at " + Question.of(game.session), game.session.state(),
                    game.lastText(), Double.NaN);
        }
        Session before = game.session;
        double confidence = engine.reading(before, turn.typed()).map(Reading::confidence).orElse(Double.NaN);
        Outcome outcome = game.say(turn.typed());
        String got = name(before, outcome);
        Turn.Verdict verdict = got.equals(turn.expect()) ? Turn.Verdict.RIGHT
                : got.equals("reask") || got.equals("how") || got.startsWith("sure ") ? Turn.Verdict.REASKED : Turn.Verdict.WRONG_MOVE;
        return new Turn.Result(turn, verdict, got, game.session.state(), game.lastText(), confidence);
    }

    private static boolean reached(Session s, String question) {
        return switch (question) {
            case "welcome_back" -> s.aside() == Session.Aside.WELCOME_BACK;
            case "sure" -> s.aside() == Session.Aside.SURE;
            default -> s.aside() == null && s.state().name().toLowerCase(Locale.ROOT).equals(question);
        };
    }

    /** What the engine did, in the turn file's words; "reask" when nothing moved. */
    String name(Session before, Outcome outcome) {
        List<Step> steps = outcome.steps();
        Question asked = Question.of(before);
        for (Step step : steps) {
            if (step instanceof Step.Began began) {
                return "problem:" + began.intent();
            }
        }
        for (Step step : steps) {
            String name = name(step, asked, steps);
            if (name != null) {
                return name;
            }
        }
        Question now = Question.of(outcome.session());
        if (now == Question.SURE && asked != Question.SURE) {
            Pending pending = outcome.session().pending();
            return "sure " + (pending.intent() != null ? "problem:" + pending.intent() : pending.action().code());
        }
        // Leaving "Just to be sure" for the question under it moves nothing.
        boolean back = asked == Question.SURE && now == Question.of(before.asking(null));
        return now != asked && !back ? "moved to " + now : "reask";
    }

    private String name(Step step, Question asked, List<Step> steps) {
        if (step instanceof Step.Rated rated) {
            return rated.helpful() ? "helpful" : "not_helpful";
        }
        if (step instanceof Step.Answered a) {
            return switch (a.result()) {
                case FIXED -> "fixed";
                case NOT_FIXED -> "not_fixed";
                case SKIPPED -> "skip";
                case DECLINED -> asked == Question.WARNING ? "no" : "decline";
                // The check's answer as typed: yes or no, whichever of them means waiting.
                case CHECK_OK, OUTAGE -> ((Branch.Check) knowledge.fix(a.fixId()).branch()).waits(true)
                        == (a.result() == Attempt.Result.OUTAGE) ? "yes" : "no";
                case INTERRUPTED, ALREADY_DONE -> null;
            };
        }
        if (step instanceof Step.Ended ended) {
            return switch (ended.ending()) {
                case HANDED_OFF -> "human";
                case STOPPED -> steps.stream().anyMatch(x -> x instanceof Step.StartedOver) ? null : "stop";
                case OUTAGE -> "wait";
                default -> null;
            };
        }
        if (step instanceof Step.Chose chose) {
            return "variant:" + chose.variantId();
        }
        if (step instanceof Step.StartedOver) {
            return asked == Question.HELPFUL ? "another_problem" : asked == Question.CLARIFY ? "something_else" : "start_over";
        }
        return step instanceof Step.TookBack ? "go_back"
                : step instanceof Step.WentAhead ? "yes"
                : step instanceof Step.Explained ? "how"
                : step instanceof Step.PointedToSupport ? "human"
                : step instanceof Step.CarriedOn ? "continue"
                : null;
    }

    /** One conversation being played: the session, the clock, and the bot's last reply. */
    private final class Game {
        Session session = Session.start(new ConversationKey("eval", "turn"));
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        Reply last;

        boolean prefix(String input) {
            if (input.equals("[later]")) {
                now = now.plus(A_DAY_LATER);
                say("hi");
                return true;
            }
            if (input.startsWith("[press:")) {
                return press(input.substring(7, input.length() - 1));
            }
            if (input.startsWith("[to:")) {
                String fix = input.substring(4, input.length() - 1);
                return moveOnUntil(() -> fix.equals(session.fix()));
            }
            if (input.equals("[out_of_fixes]")) {
                return moveOnUntil(() -> session.state() == State.OUT_OF_FIXES);
            }
            say(input);
            return true;
        }

        private boolean moveOnUntil(BooleanSupplier there) {
            for (int i = 0; i < 30 && !there.getAsBoolean(); i++) {
                String next = switch (Question.of(session)) {
                    case STEP -> "not_fixed";
                    // The check's answer that goes on to the next fix, whichever it is.
                    case CHECK -> ((Branch.Check) knowledge.fix(session.fix()).branch()).waits(true) ? "no" : "yes";
                    case VARIANT -> "skip";
                    case WARNING -> "no";
                    case OUTAGE -> "continue";
                    default -> null;
                };
                if (next == null || !press(next)) {
                    return false;
                }
            }
            return there.getAsBoolean();
        }

        boolean press(String answer) {
            Optional<Button> button = last == null ? Optional.empty() : last.buttons().stream()
                    .filter(b -> ButtonData.decode(b.data()).map(d -> code(d.answer()).equals(answer)).orElse(false))
                    .findFirst();
            button.ifPresent(b -> handle(Event.press(session.key(), b.data(), 1, tick())));
            return button.isPresent();
        }

        Outcome say(String text) {
            return handle(Event.text(session.key(), text, 1, tick()));
        }

        private Outcome handle(Event event) {
            Outcome outcome = engine.handle(session, event);
            session = outcome.session();
            outcome.replies().stream().filter(r -> !r.forSupport()).reduce((a, b) -> b).ifPresent(r -> last = r);
            return outcome;
        }

        String lastText() {
            return last == null ? "" : last.text();
        }

        private Instant tick() {
            now = now.plusSeconds(30);
            return now;
        }
    }

    private static String code(Answer answer) {
        if (answer instanceof Answer.Act act) {
            return act.action().code();
        }
        if (answer instanceof Answer.Ask ask) {
            return ask.aspect() == Answer.Aspect.HOW ? "how" : "ask " + ask.aspect();
        }
        return answer instanceof Answer.PickVariant pick ? "variant:" + pick.variantId() : "";
    }
}
