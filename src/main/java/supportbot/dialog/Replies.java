package supportbot.dialog;

import java.util.List;
import supportbot.knowledge.Phrase;

/** Turns a session and words into the outcome's replies: a question with its buttons, or a closing word. */
final class Replies {
    private final Prompts prompts;

    Replies(Prompts prompts) {
        this.prompts = prompts;
    }

    /** A reply that expects an answer: the turn moves on and the question's buttons come with it. */
    Outcome ask(Session s, String text) {
        Session next = s.nextTurn();
        return new Outcome(next, List.of(new Reply(text, prompts.buttons(next), next.fix(), next.intent(), next.state())));
    }

    /** A closing reply: nothing to answer, so no buttons. */
    Outcome tell(Session s, String text) {
        Session next = s.nextTurn();
        return new Outcome(next, List.of(new Reply(text, List.of(), next.fix(), next.intent(), next.state())));
    }

    /** Something said, then the open question again; nothing moves. */
    Outcome reask(Session s, String why) {
        return ask(s, why + "\n\n" + prompts.question(s));
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
