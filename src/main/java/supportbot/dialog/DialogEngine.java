package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.AnswerSet;
import supportbot.nlu.Language;
import supportbot.nlu.TextClassifier;
import supportbot.nlu.TextNormalizer;

/**
 * The troubleshooting conversation: {@code (Session, Event) -> Outcome}. Pure: everything it needs comes
 * in through the arguments and the immutable collaborators given at construction. It sorts out what
 * arrived (a press, words, a command, a photo, the support chat), reads words as an answer to the open
 * question ({@link MessageReader}), and hands the answer to that question's declaration ({@link Asked}), or
 * to the {@link Fallback}.
 */
public final class DialogEngine {
    /** A message this long that answers a fix says something about the problem: a hand-off quotes it. */
    private static final int TELLING_WORDS = 6;
    private final KnowledgeBase knowledge;
    private final DialogSettings settings;
    private final Questions questions;
    private final Replies replies;
    private final Handoff handoff;
    private final MessageReader reading;
    private final Fallback fallback;
    private final Parts parts;

    /** {@code english}: what the bot knows of English beyond its models (another language, clauses that rule out). */
    public DialogEngine(KnowledgeBase knowledge, TextClassifier intents, AnswerReader answers, DialogSettings settings, Language english) {
        this.knowledge = knowledge;
        this.settings = settings;
        Prompts prompts = new Prompts(knowledge);
        this.questions = new Questions(knowledge, prompts);
        this.replies = new Replies(prompts, questions);
        this.handoff = new Handoff(prompts, replies, settings);
        this.parts = new Parts(knowledge, prompts, replies, new FixPlan(knowledge, prompts, replies, settings), handoff, settings,
                new Parts.Table() {
                    @Override
                    public Outcome apply(Session s, Answer answer, Said said) {
                        return DialogEngine.this.apply(s, answer, said);
                    }

                    @Override
                    public Optional<Outcome> declared(Session s, Answer answer, Said said) {
                        return questions.of(s).answer(s, answer, said, parts);
                    }
                });
        this.fallback = new Fallback(parts);
        DescriptionReader descriptions = new DescriptionReader(knowledge, intents, settings, english);
        this.reading = new MessageReader(List.of(new TypedButton(), new ForeignWords(english), new OwnOptions(),
                new Descriptions(descriptions, answers, settings.reading()),
                new AnswerModelReader(answers, descriptions, knowledge, settings.reading(), english)), settings.reading());
    }

    /** How the model of answers must know the questions: what `train` teaches it. */
    public static List<AnswerSet> answerSets(KnowledgeBase knowledge) {
        return new Questions(knowledge, new Prompts(knowledge)).answerSets();
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
                    : Question.of(s) == Question.DESCRIBE ? replies.ask(s, parts.prompts().say(NOT_TEXT)) : replies.reask(s, NOT_TEXT_ANSWER);
        }
        if (event.input() instanceof Event.Input.Press press) {
            Optional<ButtonData> pressed = ButtonData.decode(press.data());
            if (pressed.isEmpty() || !offered(s, press.data())) {
                return replies.reask(s, STALE_BUTTON);
            }
            return apply(s, pressed.get().answer(), Said.press(event.trackRecord()));
        }
        String text = ((Event.Input.Text) event.input()).text().strip();
        if (text.isEmpty()) {
            return replies.reask(s, EMPTY_MESSAGE);
        }
        Said said = new Said(text, event.trackRecord());
        Optional<Action> command = Commands.of(text);
        if (command.isPresent()) {
            return apply(s, new Answer.Act(command.get()), said);
        }
        if ((known.idleAt(event.at()) || known.quietPast(event.at()) && Fallback.unfinished(known)) && known.aside() == null) {
            // Hours later, "no" or "done" may not answer the old step: ask before acting on it.
            return apply(s, new Answer.Act(Action.WELCOME), said);
        }
        return remembered(s, apply(s, reading.read(s, questions.of(s), text), said), text);
    }

    /** What typed words were read as at the open question, before the policy: for `eval`'s table by confidence. */
    Optional<Reading> reading(Session s, String text) {
        return reading.reading(s, questions.of(s), text);
    }

    /** The answer at the question the session asks: the question's own rule, else the fallback's. */
    Outcome apply(Session s, Answer answer, Said said) {
        return questions.of(s).answer(s, answer, said, parts).orElseGet(() -> fallback.apply(s, answer, said));
    }

    /**
     * What the user told about a fix in their own words, at some length ("tapped Back Up Now and it just sits
     * there", "I pay for 200 GB and use 45", "it's an iPhone 11"), is kept with the problem, whatever the bot made
     * of it: a person who takes over reads it, and a later fix uses it (the iPhone model).
     */
    private Outcome remembered(Session before, Outcome outcome, String text) {
        boolean told = before.fix() != null && TextNormalizer.tokens(text).length >= TELLING_WORDS && outcome.session().intent() != null
                && outcome.session().intent().equals(before.intent());
        return told ? new Outcome(outcome.session().saying(parts.plan().problemWords(text)), outcome.replies(), outcome.steps()) : outcome;
    }

    /** A press counts only if the bot's last question offered that very button: an older one is stale. */
    private boolean offered(Session s, String data) {
        return questions.of(s).buttons(s).stream().anyMatch(b -> b.data().equals(data));
    }

    /** Everything the session names still exists in the knowledge base, in the shape its state needs. */
    private boolean consistent(Session s) {
        if (s.state() == State.HANDED_OFF && !settings.handoff()) {
            return false;   // the support chat was unset since: nobody would answer
        }
        if (s.aside() == Session.Aside.SURE && s.pending() == null) {
            return false;   // stored by a version that asked about something else
        }
        boolean known = s.plan().stream().allMatch(knowledge.fixes()::containsKey)
                && s.attempts().stream().allMatch(a -> knowledge.fixes().containsKey(a.fixId()))
                && s.options().stream().allMatch(knowledge::isSymptom)
                && (s.intent() == null || knowledge.isSymptom(s.intent()))
                && (s.other() == null || knowledge.isSymptom(s.other()))
                && (s.pending() == null || s.pending().intent() == null || knowledge.isSymptom(s.pending().intent()));
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
