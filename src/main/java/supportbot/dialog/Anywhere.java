package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.ArrayList;
import java.util.List;

/**
 * What every question accepts, and does the same way wherever it is asked: more detail on the fix, stop,
 * start over, a person, /start, small talk, and anything not understood (the question is asked again).
 * An answer that the open question has no use for ("fixed" to "Was this helpful?") is not understood.
 */
final class Anywhere {
    private final Prompts prompts;
    private final Replies replies;
    private final Handoff handoff;
    private final DialogSettings settings;

    Anywhere(Prompts prompts, Replies replies, Handoff handoff, DialogSettings settings) {
        this.prompts = prompts;
        this.replies = replies;
        this.handoff = handoff;
        this.settings = settings;
    }

    Outcome apply(Session s, Action action) {
        boolean open = Question.of(s) != Question.DESCRIBE;
        return switch (action) {
            case HOW -> s.fix() != null
                    ? replies.ask(s, prompts.details(s) + "\n\n" + prompts.question(s)).after(new Step.Explained(s.fix()))
                    : replies.small(s, prompts.say(HELP));
            case STOP -> s.state() == State.HANDED_OFF ? handoff.userLeaves(s)
                    : replies.tell(s.startOver(), prompts.say(STOPPED)).after(endingWork(s));
            case MAYBE_STOP -> replies.ask(s.asking(Session.Aside.SURE_TO_STOP), prompts.say(SURE_TO_STOP));
            case START_OVER -> replies.ask(s.startOver(), prompts.say(RESTARTED)).after(startingOver(s));
            case WELCOME -> s.inProgress() ? replies.ask(s.asking(Session.Aside.WELCOME_BACK), prompts.welcomeBack(s))
                    : replies.ask(s.startOver(), prompts.say(WELCOME));
            case SOMETHING_ELSE, ANOTHER_PROBLEM -> s.inProgress() ? replies.reask(s, prompts.say(UNCLEAR_REPLY))
                    : replies.ask(s.in(State.AWAITING_PROBLEM).withOptions(List.of()),
                            prompts.say(action == Action.SOMETHING_ELSE ? SOMETHING_ELSE : ASK_PROBLEM)).after(new Step.StartedOver());
            // Without a support chat: the pointer, and when the fixes ran out that is where this ends.
            case HUMAN -> settings.handoff() ? handoff.start(s)
                    : (Question.of(s) == Question.OUT_OF_FIXES ? replies.ask(s.in(State.AWAITING_PROBLEM), handoff.pointer(s))
                    : replies.small(s, handoff.pointer(s))).after(new Step.PointedToSupport());
            case GREETING -> replies.small(s, prompts.say(GREETING_REPLY));
            case HELP -> replies.small(s, prompts.say(HELP));
            case OUT_OF_SCOPE -> replies.small(s, prompts.say(open ? OFF_TOPIC : OUT_OF_SCOPE));
            case THANKS -> open ? replies.reask(s, prompts.say(THANKS_ON_STEP)) : replies.ask(s, prompts.say(s, THANKS_REPLY));
            case REMARK -> open ? replies.reask(s, prompts.say(REMARK_REPLY)) : replies.ask(s, prompts.say(ASK_PROBLEM));
            case NOT_ENGLISH -> replies.small(s, prompts.say(NOT_ENGLISH));
            case FIXED, NOT_FIXED, SKIP, DECLINE, YES, NO, WAIT, CONTINUE, HELPFUL, NOT_HELPFUL, UNCLEAR -> open
                    ? replies.reask(s, prompts.say(Question.of(s) == Question.CLARIFY ? CLARIFY_HINT : UNCLEAR_REPLY))
                    : replies.ask(s.in(State.AWAITING_PROBLEM), prompts.say(NOT_UNDERSTOOD));
        };
    }

    /** Stopping in the middle of something ends that problem; elsewhere there is nothing to end. */
    private static List<Step> endingWork(Session s) {
        return s.inProgress() ? List.of(new Step.Ended(Ending.STOPPED)) : List.of();
    }

    private static List<Step> startingOver(Session s) {
        List<Step> steps = new ArrayList<>(endingWork(s));
        steps.add(new Step.StartedOver());
        return steps;
    }
}
