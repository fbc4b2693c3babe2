package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;
import supportbot.nlu.TextNormalizer;
import supportbot.nlu.TextClassifier;

/**
 * The troubleshooting conversation: {@code (Session, Event) -> Outcome}. Pure: everything it needs
 * comes in through the arguments and the immutable collaborators given at construction.
 *
 * <p>Typed words and button presses both become an {@link Answer}; {@link #act} is the one table of
 * what each answer does in each state.
 */
public final class DialogEngine {
    private final KnowledgeBase knowledge;
    private final Understanding understanding;
    private final Prompts prompts;
    private final DialogSettings settings;
    private final FixOrder order;

    public DialogEngine(KnowledgeBase knowledge, TextClassifier intents, TextClassifier replies, DialogSettings settings) {
        this.knowledge = knowledge;
        this.understanding = new Understanding(knowledge, intents, replies, settings);
        this.prompts = new Prompts(knowledge);
        this.settings = settings;
        this.order = settings.learnedOrder().enabled()
                ? new ThompsonOrder(settings.learnedOrder().priorWeight())
                : FixOrder.AS_WRITTEN;
    }

    public Outcome handle(Session session, Event event) {
        // A session saved before the knowledge file changed (a fix renamed or removed) starts afresh.
        Session known = consistent(session) ? session : session.startOver();
        // Neither the agent's message nor a failed post counts as the user being around: no idle clock change.
        if (event.input() instanceof Event.Input.FromAgent agent) {
            return fromAgent(known, agent, event.at());
        }
        if (event.input() instanceof Event.Input.SupportUnreachable) {
            return known.state() == State.HANDED_OFF ? supportUnreachable(known) : new Outcome(known, List.of());
        }
        Session s = known.seenAt(event.at(), event.at().plus(settings.idleAfter()));
        if (s.state() == State.HANDED_OFF && event.input() instanceof Event.Input.Text text) {
            // Writing again after a long silence: the user may have forgotten a person has the conversation.
            return fromUserWithAgent(s, text.text().strip(), known.quietPast(event.at()));
        }
        if (event.input() instanceof Event.Input.Attachment) {
            return attachment(s);
        }
        if (event.input() instanceof Event.Input.Press press) {
            Optional<ButtonData> pressed = ButtonData.decode(press.data());
            if (pressed.isEmpty() || !offered(s, press.data())) {
                return reask(s, STALE_BUTTON);
            }
            return act(s, pressed.get().answer(), null, event.trackRecord());
        }
        String text = ((Event.Input.Text) event.input()).text().strip();
        if (text.isEmpty()) {
            return reask(s, EMPTY_MESSAGE);
        }
        if (text.startsWith("/")) {
            Optional<Outcome> command = command(s, text);
            if (command.isPresent()) {
                return command.get();
            }
        }
        if (known.idleAt(event.at())) {
            // Hours later, "no" or "done" may not answer the old step: ask before acting on it.
            return welcomeBack(s);
        }
        return act(s, understanding.read(s, text), text, event.trackRecord());
    }

    private Optional<Outcome> command(Session s, String text) {
        // Telegram adds the bot's name in groups: /start@supportbot.
        return Optional.ofNullable(switch (commandName(text)) {
            // Opening the chat again mid-fix (or the console after a restart) should not throw the fix away.
            case "/start" -> s.inProgress() ? welcomeBack(s) : ask(s.startOver(), prompts.say(WELCOME));
            case "/help" -> act(s, new Answer.Act(Action.HELP), null, FixResults.NONE);
            case "/restart" -> act(s, new Answer.Act(Action.START_OVER), null, FixResults.NONE);
            case "/cancel", "/stop" -> act(s, new Answer.Act(Action.STOP), null, FixResults.NONE);
            default -> null;
        });
    }

    /**
     * What each answer does; {@code text} is the user's words, or null for a button; {@code record} is how
     * the fixes have done, for the learned order.
     */
    private Outcome act(Session s, Answer answer, String text, FixResults record) {
        if (answer instanceof Answer.Problem problem) {
            return startProblem(s, new Plan(problem, null, record), text);
        }
        if (answer instanceof Answer.Between between) {
            return startProblem(s, new Plan(between.likelier(), between.other(), record), text);
        }
        if (answer instanceof Answer.Clarify clarify) {
            return ask(s.withOptions(clarify.intents()).describing(problemWords(text)).in(State.CLARIFYING), prompts.say(CLARIFY));
        }
        if (answer instanceof Answer.PickVariant pick) {
            Session chosen = s.withVariant(pick.variantId()).in(State.ON_STEP);
            return ask(chosen, prompts.say(AFTER_VARIANT) + "\n" + prompts.steps(chosen));
        }
        Action action = ((Answer.Act) answer).action();
        boolean onFix = s.fix() != null;
        return switch (action) {
            case FIXED -> onFix ? ask(s.answered(Attempt.Result.FIXED).in(State.RESOLVED), prompts.say(FIXED)) : unclear(s);
            case NOT_FIXED -> onFix ? next(s.answered(Attempt.Result.NOT_FIXED), AFTER_NOT_FIXED) : unclear(s);
            case SKIP -> onFix ? next(s.answered(Attempt.Result.SKIPPED), AFTER_SKIP) : unclear(s);
            case HOW -> onFix ? ask(s, knowledge.fix(s.fix()).details() + "\n\n" + prompts.question(s)) : small(s, Phrase.HELP);
            case YES -> switch (s.state()) {
                case CHECKING -> next(s.answered(Attempt.Result.CHECK_OK), AFTER_CHECK_OK);
                case CONFIRMING -> ask(s.in(State.ON_STEP), prompts.steps(s.in(State.ON_STEP)));
                default -> unclear(s);
            };
            case NO -> switch (s.state()) {
                case CHECKING -> ask(s.answered(Attempt.Result.OUTAGE).in(State.OUTAGE),
                        ((Branch.Check) knowledge.fix(s.fix()).branch()).onNo());
                case CONFIRMING -> next(s.answered(Attempt.Result.DECLINED), AFTER_DECLINE);
                default -> unclear(s);
            };
            // Waiting for Apple keeps what was tried: coming back later must not repeat those fixes.
            case WAIT -> tell(s.in(State.AWAITING_PROBLEM), prompts.say(OUTAGE_WAIT));
            case CONTINUE -> next(s, (String) null);
            case STOP -> s.state() == State.HANDED_OFF ? userLeavesAgent(s) : tell(s.startOver(), prompts.say(STOPPED));
            case START_OVER -> ask(s.startOver(), prompts.say(RESTARTED));
            case SOMETHING_ELSE -> ask(s.in(State.AWAITING_PROBLEM).withOptions(List.of()), prompts.say(Phrase.SOMETHING_ELSE));
            case ANOTHER_PROBLEM -> ask(s.in(State.AWAITING_PROBLEM), prompts.say(ASK_PROBLEM));
            case GREETING -> small(s, GREETING_REPLY);
            case HELP -> small(s, Phrase.HELP);
            case OUT_OF_SCOPE -> small(s, Phrase.OUT_OF_SCOPE);
            case HUMAN -> settings.handoff() ? handOff(s) : small(s, prompts.say(Phrase.HUMAN, "summary", prompts.summary(s)));
            case HELPFUL, NOT_HELPFUL -> s.state() == State.RESOLVED ? rated(s, action) : unclear(s);
            case THANKS -> s.state() == State.RESOLVED || s.state() == State.OUT_OF_FIXES || s.fix() == null
                    ? tell(s.startOver(), prompts.say(THANKS_REPLY))
                    : small(s, THANKS_REPLY);
            case UNCLEAR -> unclear(s);
        };
    }

    /** What to work on: a problem, or two at once when {@code other} is not null. */
    private record Plan(Answer.Problem problem, Answer.Problem other, FixResults record) {
    }

    private Outcome startProblem(Session current, Plan next, String text) {
        Answer.Problem problem = next.problem();
        Answer.Problem other = next.other();
        Phrase opening = current.intent() != null && current.fix() != null && !problem.intent().equals(current.intent())
                ? NEW_PROBLEM : other != null ? STARTING_EITHER : STARTING;
        // A fix left unanswered for another problem counts as offered: it is not offered again.
        Session s = current.fix() != null ? current.answered(Attempt.Result.INTERRUPTED) : current;
        String summary = summary(problem.intent());
        List<String> fixes = ordered(s, problem.intent(), next.record());
        if (other != null) {
            fixes = TwoProblemPlan.merge(fixes, problem.confidence(), ordered(s, other.intent(), next.record()),
                    other.confidence());
        }
        List<String> plan = fixes.stream().filter(id -> !s.tried(id)).toList();
        // A press on a clarifying question keeps the words that led to it.
        String words = text != null ? problemWords(text)
                : s.state() == State.CLARIFYING && s.problem() != null ? s.problem() : summary;
        Session started = s.withProblem(problem.intent(), words, problem.confidence(), plan);
        String preface = prompts.say(opening, "summary", summary, "other", other == null ? "" : summary(other.intent()));
        // "I already restarted it and it's on wifi": skip what they did, and say so.
        List<String> done = text == null ? List.of() : alreadyDone(plan, text);
        if (!done.isEmpty()) {
            started = started.alreadyDone(done);
            preface += "\n" + prompts.say(ALREADY_DONE, "fixes",
                    String.join(", ", done.stream().map(id -> knowledge.fix(id).title()).toList()));
        }
        return next(started, preface);
    }

    private String summary(String intent) {
        return knowledge.symptom(intent).orElseThrow().summary();
    }

    /** The problem's fixes in the order to offer them: as written, or as learned (the seed keeps it pure). */
    private List<String> ordered(Session s, String intent, FixResults record) {
        long seed = settings.learnedOrder().seed() * 1_000_003L + s.key().hashCode() * 31L + s.turn();
        return order.order(intent, knowledge.symptom(intent).orElseThrow().fixIds(), record, seed);
    }

    /** The person from support takes over: the user is told, the support chat gets the whole story. */
    private Outcome handOff(Session current) {
        Session s = (current.fix() != null ? current.answered(Attempt.Result.INTERRUPTED) : current).in(State.HANDED_OFF);
        Outcome toUser = ask(s, prompts.say(HANDOFF_STARTED));
        Session next = toUser.session();
        return withReplies(toUser, forSupport(next, prompts.handoffRequest(next)));
    }

    private Outcome fromUserWithAgent(Session s, String text, boolean afterLongSilence) {
        return switch (commandName(text)) {
            case "/cancel", "/stop", "/restart" -> userLeavesAgent(s);
            case "/start", "/help" -> ask(s, prompts.say(HANDOFF_ACTIVE));
            default -> {
                if (text.isEmpty()) {
                    yield ask(s, prompts.say(HANDOFF_ACTIVE));
                }
                Reply relayed = forSupport(s, prompts.say(RELAY_FROM_USER, "text", Secrets.mask(text)));
                // Otherwise silence towards the user is right: the answer comes from the person.
                yield afterLongSilence ? withReplies(ask(s, prompts.say(HANDOFF_ACTIVE)), relayed)
                        : new Outcome(s, List.of(relayed));
            }
        };
    }

    /** A photo or a sticker: a person from support can look at it, the bot asks for words. */
    private Outcome attachment(Session s) {
        return switch (s.state()) {
            case HANDED_OFF -> new Outcome(s, List.of(forSupport(s, prompts.say(RELAY_ATTACHMENT))));
            case AWAITING_PROBLEM -> ask(s, prompts.say(NOT_TEXT));
            default -> reask(s, NOT_TEXT_ANSWER);
        };
    }

    /** The post to the support chat failed: the user is not left waiting for nobody. */
    private Outcome supportUnreachable(Session s) {
        return tell(s.startOver(), prompts.say(HANDOFF_FAILED) + "\n\n"
                + prompts.say(Phrase.HUMAN, "summary", prompts.summary(s)));
    }

    /** "/close@supportbot now" is /close. */
    private static String commandName(String text) {
        return text.split("[\\s@]", 2)[0].toLowerCase(Locale.ROOT);
    }

    private Outcome userLeavesAgent(Session s) {
        Outcome toUser = ask(s.startOver(), prompts.say(HANDOFF_ENDED));
        return withReplies(toUser, forSupport(toUser.session(), prompts.say(HANDOFF_USER_LEFT)));
    }

    private Outcome fromAgent(Session s, Event.Input.FromAgent agent, Instant at) {
        if (s.state() != State.HANDED_OFF) {
            return new Outcome(s, List.of(forSupport(s, prompts.say(HANDOFF_NOT_OPEN))));
        }
        String text = agent.text().strip();
        if (commandName(text).equals("/close")) {
            Outcome toUser = ask(s.startOver(), prompts.say(HANDOFF_CLOSED));
            return withReplies(toUser, forSupport(toUser.session(), prompts.say(HANDOFF_CLOSED_NOTE)));
        }
        // The reminder after a long silence counts silence both ways: a fresh answer from the person restarts it.
        Session answered = s.quietUntil(at.plus(settings.idleAfter()));
        return new Outcome(answered, List.of(new Reply(prompts.say(RELAY_FROM_AGENT, "agent", agent.agent(), "text", text),
                List.of(), null, s.intent(), s.state())));
    }

    private Outcome rated(Session s, Action action) {
        Outcome thanks = tell(s.startOver(), prompts.say(action == Action.HELPFUL ? FEEDBACK_HELPFUL : FEEDBACK_NOT_HELPFUL));
        return new Outcome(thanks.session(), thanks.replies(),
                action == Action.HELPFUL ? Outcome.Rating.HELPFUL : Outcome.Rating.NOT_HELPFUL);
    }

    private static Reply forSupport(Session s, String text) {
        return new Reply(text, List.of(), s.fix(), s.intent(), s.state(), Reply.Audience.SUPPORT);
    }

    private static Outcome withReplies(Outcome outcome, Reply more) {
        List<Reply> replies = new ArrayList<>(outcome.replies());
        replies.add(more);
        return new Outcome(outcome.session(), replies, outcome.rating());
    }

    private List<String> alreadyDone(List<String> plan, String text) {
        return plan.stream()
                .filter(id -> knowledge.fix(id).saidDone(text, clause -> String.join(" ", TextNormalizer.tokens(clause))))
                .toList();
    }

    private String problemWords(String text) {
        String masked = Secrets.mask(text);
        return masked.length() > settings.maxProblemChars() ? masked.substring(0, settings.maxProblemChars()) + "…" : masked;
    }

    /** Offers the next fix of the plan, or says the fixes have run out. */
    private Outcome next(Session s, Phrase preface) {
        return next(s, preface == null ? null : prompts.say(preface));
    }

    private Outcome next(Session s, String preface) {
        String lead = preface == null ? "" : preface + "\n\n";
        Optional<String> fixId = s.plan().stream().findFirst();
        if (fixId.isEmpty()) {
            Session out = s.in(State.OUT_OF_FIXES);
            return ask(out, lead + prompts.outOfFixes(out));
        }
        Fix fix = knowledge.fix(fixId.get());
        Session offered = s.offering(fix.id()).in(firstState(fix.branch()));
        return ask(offered, lead + prompts.presentFix(offered));
    }

    /** Where a fix starts: its question first (which model? go ahead?), otherwise its steps. */
    private static State firstState(Branch branch) {
        if (branch instanceof Branch.ChooseVariant) {
            return State.CHOOSING_VARIANT;
        }
        if (branch instanceof Branch.Confirm) {
            return State.CONFIRMING;
        }
        return branch instanceof Branch.Check ? State.CHECKING : State.ON_STEP;
    }

    /** Small talk and hand-off pointers keep a running fix going: the question comes again below. */
    private Outcome small(Session s, Phrase phrase) {
        return small(s, prompts.say(phrase));
    }

    private Outcome small(Session s, String text) {
        if (s.fix() != null) {
            return ask(s, text + "\n\n" + prompts.question(s));
        }
        return ask(s.in(State.AWAITING_PROBLEM), text);
    }

    private Outcome unclear(Session s) {
        if (s.fix() != null) {
            return reask(s, UNCLEAR_REPLY);
        }
        // "yes" to "Was this helpful?" or to "a person, or start over?": ask again, keep the offer.
        if (s.state() == State.RESOLVED || s.state() == State.OUT_OF_FIXES) {
            return reask(s, NOT_UNDERSTOOD);
        }
        return ask(s.in(State.AWAITING_PROBLEM), prompts.say(NOT_UNDERSTOOD));
    }

    private Outcome welcomeBack(Session s) {
        String title = s.fix() != null ? knowledge.fix(s.fix()).title() : prompts.say(OUTAGE_TOPIC);
        return ask(s, prompts.say(WELCOME_BACK, "title", title) + "\n\n" + prompts.question(s), true);
    }

    private Outcome reask(Session s, Phrase why) {
        return ask(s, prompts.say(why) + "\n\n" + prompts.question(s));
    }

    /**
     * A press counts only if the bot's last question offered that very button: an old message's
     * button, a forged one or one of another state is stale. "Start over" is always fine.
     */
    private boolean offered(Session s, String data) {
        return prompts.buttons(s).stream().anyMatch(b -> b.data().equals(data))
                || data.equals(ButtonData.encode(s.turn(), new Answer.Act(Action.START_OVER)));
    }

    /** Everything the session names still exists in the knowledge base, in the shape its state needs. */
    private boolean consistent(Session s) {
        if (s.state() == State.HANDED_OFF && !settings.handoff()) {
            return false;   // the support chat was unset since: nobody would answer
        }
        boolean known = s.plan().stream().allMatch(knowledge.fixes()::containsKey)
                && s.attempts().stream().allMatch(a -> knowledge.fixes().containsKey(a.fixId()))
                && s.options().stream().allMatch(knowledge::isSymptom)
                && (s.intent() == null || knowledge.isSymptom(s.intent()));
        if (!known || s.fix() == null) {
            boolean outageAfterCheck = s.state() != State.OUTAGE || !s.attempts().isEmpty()
                    && knowledge.fix(s.attempts().get(s.attempts().size() - 1).fixId()).branch() instanceof Branch.Check;
            return known && s.fix() == null && outageAfterCheck && s.state() != State.CHOOSING_VARIANT
                    && s.state() != State.CONFIRMING && s.state() != State.CHECKING && s.state() != State.ON_STEP;
        }
        if (!knowledge.fixes().containsKey(s.fix())) {
            return false;
        }
        Branch branch = knowledge.fix(s.fix()).branch();
        return switch (s.state()) {
            case CHOOSING_VARIANT -> branch instanceof Branch.ChooseVariant;
            case CONFIRMING -> branch instanceof Branch.Confirm;
            case CHECKING -> branch instanceof Branch.Check;
            case ON_STEP -> !(branch instanceof Branch.ChooseVariant choose) || s.variant() != null
                    && choose.variant(s.variant()).isPresent();
            default -> false;
        };
    }

    /** A reply that expects an answer: the turn moves on and the state's buttons come with it. */
    private Outcome ask(Session s, String text) {
        return ask(s, text, false);
    }

    private Outcome ask(Session s, String text, boolean withStartOver) {
        Session next = s.nextTurn();
        List<Button> buttons = new ArrayList<>(prompts.buttons(next));
        if (withStartOver) {
            buttons.add(new Button(prompts.say(BUTTON_START_OVER),
                    ButtonData.encode(next.turn(), new Answer.Act(Action.START_OVER))));
        }
        return new Outcome(next, List.of(new Reply(text, buttons, next.fix(), next.intent(), next.state())));
    }

    /** A closing reply: nothing to answer, so no buttons. */
    private Outcome tell(Session s, String text) {
        Session next = s.nextTurn();
        return new Outcome(next, List.of(new Reply(text, List.of(), next.fix(), next.intent(), next.state())));
    }
}
