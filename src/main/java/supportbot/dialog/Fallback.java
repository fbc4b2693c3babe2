package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.ArrayList;
import java.util.List;

/**
 * What every question does the same way, when its declaration leaves an answer alone: a question about the
 * fix, another problem, going back to a fix left out, stop, start over, a person, /start, small talk, a
 * doubtful reading (asked about first), and anything not understood (the question is asked again).
 */
final class Fallback {
    private final Parts p;

    Fallback(Parts p) {
        this.p = p;
    }

    Outcome apply(Session s, Answer answer, Said said) {
        if (answer instanceof Answer.Ask ask) {
            return explain(s, ask.aspect());
        }
        if (answer instanceof Answer.Problem problem) {
            return p.plan().start(s, problem, null, said.record(), said.text());
        }
        if (answer instanceof Answer.Between between) {
            return p.plan().start(s, between.likelier(), between.other(), said.record(), said.text());
        }
        if (answer instanceof Answer.Clarify clarify) {
            // Unsure which problem in the middle of one: that is no new problem, the question stays.
            return s.inProgress() ? act(s, Action.UNCLEAR, said)
                    : p.replies().ask(s.in(State.CLARIFYING).withOptions(clarify.intents()).describing(p.plan().problemWords(said.text())),
                            p.prompts().say(CLARIFY));
        }
        if (answer instanceof Answer.Doubt doubt) {
            Session asking = s.askingAbout(pending(doubt.proposed()));
            return p.replies().ask(asking, p.replies().prompt(asking));
        }
        return answer instanceof Answer.Act act ? act(s, act.action(), said) : act(s, Action.UNCLEAR, said);
    }

    /**
     * A question about the fix on offer, or about the one that just worked ("how do I know it backed up?"). Asked
     * again the same way, it gets what else there is to do instead of the same words.
     */
    private Outcome explain(Session s, Answer.Aspect aspect) {
        String fixId = s.fix() != null ? s.fix() : s.intent() != null && s.lastAttempt() != null ? s.lastAttempt().fixId() : null;
        if (fixId == null) {
            return p.replies().small(s, p.prompts().say(HELP));
        }
        String what = fixId + ":" + aspect;
        if (what.equals(s.explained())) {
            return p.replies().reask(s, p.prompts().say(s, s.fix() != null ? EXPLAINED_ALREADY : EXPLAINED_ALREADY_AFTER));
        }
        String text = s.fix() == null && aspect == Answer.Aspect.HOW ? p.prompts().say(s, AFTER_FIX_HOW) : p.prompts().explain(s, aspect);
        return p.replies().reask(s.explaining(what), text).after(new Step.Explained(fixId, aspect));
    }

    private static Pending pending(Answer proposed) {
        return proposed instanceof Answer.Problem problem ? new Pending(Action.ANOTHER_PROBLEM, problem.intent())
                : new Pending(((Answer.Act) proposed).action(), null);
    }

    private Outcome act(Session s, Action action, Said said) {
        boolean open = Question.of(s) != Question.DESCRIBE;
        return switch (action) {
            case GO_BACK -> s.fix() != null && !s.leftOut().isEmpty() ? p.plan().takeBack(s, said.text()) : unclear(s, open);
            // Stopping keeps what was tried: describing the problem again later goes on from there.
            case STOP -> s.state() == State.HANDED_OFF ? p.handoff().userLeaves(s)
                    : p.replies().tell(s.leftOff(), p.prompts().say(STOPPED)).after(endingWork(s));
            case START_OVER -> p.replies().ask(s.startOver(), p.prompts().say(RESTARTED)).after(startingOver(s));
            // Opening the chat again keeps what was tried: "it still hasn't backed up" must go on from there.
            // Back in the middle of a fix, or after leaving a problem unsolved (stopped, waiting for Apple): carry on?
            case WELCOME -> s.inProgress() || unfinished(s) ? p.replies().ask(s.asking(Session.Aside.WELCOME_BACK), p.prompts().welcomeBack(s))
                    : p.replies().ask(s.in(State.AWAITING_PROBLEM), p.prompts().say(WELCOME));
            case SOMETHING_ELSE, ANOTHER_PROBLEM -> s.inProgress() ? p.replies().reask(s, p.prompts().say(UNCLEAR_REPLY))
                    : p.replies().ask(s.in(State.AWAITING_PROBLEM).withOptions(List.of()),
                            p.prompts().say(action == Action.SOMETHING_ELSE ? SOMETHING_ELSE : ASK_PROBLEM)).after(new Step.StartedOver());
            // Without a support chat: the pointer, and the work here ends (what was tried is kept, for coming back):
            // the person goes to Apple with the summary, not on with the step.
            case HUMAN -> p.settings().handoff() ? p.handoff().start(s)
                    : Question.of(s) == Question.OUT_OF_FIXES ? p.replies().ask(s.in(State.AWAITING_PROBLEM), p.handoff().pointer(s))
                            .after(new Step.PointedToSupport())
                    : s.inProgress() ? p.replies().tell(s.leftOff(), p.handoff().pointer(s)).after(new Step.PointedToSupport(), new Step.Ended(Ending.STOPPED))
                    : p.replies().small(s, p.handoff().pointer(s)).after(new Step.PointedToSupport());
            case GREETING -> p.replies().small(s, p.prompts().say(GREETING_REPLY));
            case HELP -> p.replies().small(s, p.prompts().say(HELP));
            // "ok muito obrigado, tchau" after a problem has ended is a goodbye, not a request the bot cannot help with.
            case OUT_OF_SCOPE -> open ? p.replies().small(s, p.prompts().say(OFF_TOPIC))
                    : s.intent() != null && said.text() != null && !said.text().contains("?")
                            ? p.replies().tell(s, p.prompts().say(s, GOODBYE_REPLY))
                            : p.replies().small(s, p.prompts().say(OUT_OF_SCOPE));
            case THANKS -> open ? p.replies().reask(s, p.prompts().say(THANKS_ON_STEP)) : p.replies().ask(s, p.prompts().say(s, THANKS_REPLY));
            case REMARK -> !open ? p.replies().ask(s, p.prompts().say(ASK_PROBLEM))
                    : p.replies().reask(s, p.prompts().say(Question.of(s) == Question.STEP ? REMARK_ON_STEP : REMARK_REPLY));
            case NOT_ENGLISH -> p.replies().small(s, p.prompts().say(NOT_ENGLISH));
            case FIXED, NOT_FIXED, SKIP, DECLINE, YES, NO, WAIT, CONTINUE, HELPFUL, NOT_HELPFUL, UNCLEAR -> unclear(s, open);
        };
    }

    private Outcome unclear(Session s, boolean open) {
        return open ? p.replies().reask(s, p.prompts().say(Question.of(s) == Question.CLARIFY ? CLARIFY_HINT : UNCLEAR_REPLY))
                : p.replies().ask(s.in(State.AWAITING_PROBLEM), p.prompts().say(NOT_UNDERSTOOD));
    }

    /** A problem left before it was solved, with fixes tried: worth carrying on with. */
    static boolean unfinished(Session s) {
        return s.state() == State.AWAITING_PROBLEM && s.intent() != null && s.lastAttempt() != null
                && s.lastAttempt().result() != Attempt.Result.FIXED;
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
