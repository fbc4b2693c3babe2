package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.Vocabulary;

/**
 * The troubleshooting conversation: {@code (Session, Event) -> Outcome}. Pure: everything it needs comes
 * in through the arguments and the immutable collaborators given at construction. It sorts out what
 * arrived (a press, words, a command, a photo, the support chat) and hands the answer to the state table,
 * {@link Transitions}.
 */
public final class DialogEngine {
    private final KnowledgeBase knowledge;
    private final DialogSettings settings;
    private final Prompts prompts;
    private final Replies replies;
    private final MessageReader reading;
    private final Handoff handoff;
    private final Transitions transitions;
    private final FixPlan plan;

    public DialogEngine(KnowledgeBase knowledge, TextClassifier intents, TextClassifier replies, DialogSettings settings) {
        this(knowledge, intents, replies, settings, Vocabulary.of(knowledge.texts()));
    }

    /** {@code english}: the words that tell an unclear message in English from one in another language. */
    public DialogEngine(KnowledgeBase knowledge, TextClassifier intents, TextClassifier replyModel, DialogSettings settings,
                        Vocabulary english) {
        this.knowledge = knowledge;
        this.settings = settings;
        this.prompts = new Prompts(knowledge);
        this.replies = new Replies(prompts);
        this.reading = new MessageReader(knowledge, intents, replyModel, settings, prompts, english);
        this.handoff = new Handoff(prompts, replies, settings);
        this.plan = new FixPlan(knowledge, prompts, replies, settings);
        this.transitions = new Transitions(knowledge, prompts, replies, plan, new Anywhere(prompts, replies, handoff, settings));
    }

    public Outcome handle(Session session, Event event) {
        // A session saved before the knowledge file changed (a fix renamed or removed) starts afresh.
        Session known = consistent(session) ? session : session.startOver();
        // Neither the agent's message nor a failed post counts as the user being around: no idle clock change.
        if (event.input() instanceof Event.Input.FromAgent agent) {
            return handoff.fromAgent(known, agent, event.at());
        }
        if (event.input() instanceof Event.Input.SupportUnreachable) {
            return handoff.unreachable(known);
        }
        Session s = known.seenAt(event.at(), event.at().plus(settings.idleAfter()));
        if (s.state() == State.HANDED_OFF && event.input() instanceof Event.Input.Text text) {
            // Writing again after a long silence: the user may have forgotten a person has the conversation.
            return handoff.fromUser(s, text.text().strip(), known.quietPast(event.at()));
        }
        if (event.input() instanceof Event.Input.Attachment) {
            return s.state() == State.HANDED_OFF ? handoff.attachment(s)
                    : Question.of(s) == Question.DESCRIBE ? replies.ask(s, prompts.say(NOT_TEXT)) : replies.reask(s, NOT_TEXT_ANSWER);
        }
        if (event.input() instanceof Event.Input.Press press) {
            Optional<ButtonData> pressed = ButtonData.decode(press.data());
            if (pressed.isEmpty() || !offered(s, press.data())) {
                return replies.reask(s, STALE_BUTTON);
            }
            return transitions.apply(s, pressed.get().answer(), null, event.trackRecord());
        }
        String text = ((Event.Input.Text) event.input()).text().strip();
        if (text.isEmpty()) {
            return replies.reask(s, EMPTY_MESSAGE);
        }
        Optional<Action> command = Commands.of(text);
        if (command.isPresent()) {
            return transitions.apply(s, new Answer.Act(command.get()), null, event.trackRecord());
        }
        if (known.idleAt(event.at()) && known.aside() == null) {
            // Hours later, "no" or "done" may not answer the old step: ask before acting on it.
            return transitions.apply(s, new Answer.Act(Action.WELCOME), null, event.trackRecord());
        }
        Optional<Answer> typedButton = reading.button(s, text);
        if (typedButton.isPresent()) {
            return transitions.apply(s, typedButton.get(), null, event.trackRecord());   // as if pressed
        }
        return transitions.apply(s, reading.read(s, text), text, event.trackRecord());
    }

    /** A press counts only if the bot's last question offered that very button: an older one is stale. */
    private boolean offered(Session s, String data) {
        return prompts.buttons(s).stream().anyMatch(b -> b.data().equals(data));
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
        if (!known) {
            return false;
        }
        if (s.fix() == null) {
            List<Attempt> attempts = s.attempts();
            boolean outageAfterCheck = s.state() != State.OUTAGE || !attempts.isEmpty()
                    && knowledge.fix(attempts.get(attempts.size() - 1).fixId()).branch() instanceof Branch.Check;
            boolean resolvedAfterFix = s.state() != State.RESOLVED || !attempts.isEmpty();
            return outageAfterCheck && resolvedAfterFix && !Question.of(s.asking(null)).aboutAFix();
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
}
