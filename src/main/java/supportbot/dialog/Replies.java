package supportbot.dialog;

import java.util.List;
import supportbot.knowledge.Phrase;

/** Turns a session and words into the outcome's replies: a question with its buttons, or a closing word. */
final class Replies {
    private final Prompts prompts;
    private final Questions questions;

    Replies(Prompts prompts, Questions questions) {
        this.prompts = prompts;
        this.questions = questions;
    }

    /** A reply that expects an answer: the turn moves on and the question's buttons come with it. */
    Outcome ask(Session s, String text) {
        Session next = s.nextTurn();
        return new Outcome(next, List.of(new Reply(text, questions.of(next).buttons(next), next.fix(), next.intent(), next.state())));
    }

    /** A closing reply: nothing to answer, so no buttons. */
    Outcome tell(Session s, String text) {
        Session next = s.nextTurn();
        return new Outcome(next, List.of(new Reply(text, List.of(), next.fix(), next.intent(), next.state())));
    }

    /** The open question, short, as it is asked again. */
    String prompt(Session s) {
        return questions.of(s).prompt(s);
    }

    /** Something said, then the open question again; nothing moves. */
    Outcome reask(Session s, String why) {
        return ask(s, why + "\n\n" + prompt(s));
    }

    Outcome reask(Session s, Phrase why) {
        return reask(s, prompts.say(s, why));
    }

    /** Small talk: the question again below it if one is open, or just the words when none is. */
    Outcome small(Session s, String text) {
        return Question.of(s) == Question.DESCRIBE ? ask(s, text) : reask(s, text);
    }

    static Reply forSupport(Session s, String text) {
        return new Reply(text, List.of(), s.fix(), s.intent(), s.state(), Reply.Audience.SUPPORT);
    }
}
