package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.List;
import supportbot.knowledge.Branch;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;

/**
 * The conversation's state table: for each question the bot asks, what each answer it accepts does.
 * Whatever a question does not take here is handled the same way everywhere ({@link Anywhere}): more
 * detail, stop, a person, small talk, or the question asked again. docs/dialog.mmd draws this table.
 */
final class Transitions {
    private final KnowledgeBase knowledge;
    private final Prompts prompts;
    private final Replies replies;
    private final FixPlan plan;
    private final Anywhere anywhere;

    Transitions(KnowledgeBase knowledge, Prompts prompts, Replies replies, FixPlan plan, Anywhere anywhere) {
        this.knowledge = knowledge;
        this.prompts = prompts;
        this.replies = replies;
        this.plan = plan;
        this.anywhere = anywhere;
    }

    /** {@code text}: the user's words, or null for a button; {@code record}: the fixes' track record. */
    Outcome apply(Session s, Answer answer, String text, FixResults record) {
        Question question = Question.of(s);
        if (question == Question.WITH_PERSON) {
            return anywhere.apply(s, answer instanceof Answer.Act act ? act.action() : Action.UNCLEAR);
        }
        if (answer instanceof Answer.Problem problem) {
            return plan.start(s, problem, null, record, text);
        }
        if (answer instanceof Answer.Between between) {
            return plan.start(s, between.likelier(), between.other(), record, text);
        }
        if (answer instanceof Answer.Clarify clarify) {
            // Unsure which problem in the middle of one: that is no new problem, the question stays.
            return s.inProgress() ? anywhere.apply(s, Action.UNCLEAR) : replies.ask(s.in(State.CLARIFYING)
                    .withOptions(clarify.intents()).describing(plan.problemWords(text)), prompts.say(CLARIFY));
        }
        if (answer instanceof Answer.MaybeProblem maybe) {
            Session asking = s.asking(Session.Aside.SURE_NEW_PROBLEM).withOptions(List.of(maybe.problem().intent()));
            return replies.ask(asking, prompts.question(asking));
        }
        if (answer instanceof Answer.PickVariant pick) {
            return question == Question.VARIANT ? picked(s, pick.variantId()) : anywhere.apply(s, Action.UNCLEAR);
        }
        Action action = ((Answer.Act) answer).action();
        if (question == Question.SURE_NEW_PROBLEM && action == Action.YES) {
            return plan.start(s, new Answer.Problem(s.options().get(0), 1.0), null, record, null);
        }
        return switch (question) {
            case DESCRIBE, CLARIFY, WITH_PERSON -> anywhere.apply(s, action);
            case STEP -> switch (action) {
                case FIXED -> resolved(s);
                case NOT_FIXED -> next(s, Attempt.Result.NOT_FIXED, AFTER_NOT_FIXED);
                case SKIP -> next(s, Attempt.Result.SKIPPED, AFTER_SKIP);
                case DECLINE -> next(s, Attempt.Result.DECLINED, AFTER_DECLINE);
                default -> anywhere.apply(s, action);
            };
            case CHECK -> switch (action) {
                case YES, NO -> checked(s, action == Action.YES);
                case DECLINE -> next(s, Attempt.Result.DECLINED, AFTER_DECLINE);
                default -> anywhere.apply(s, action);
            };
            case VARIANT -> switch (action) {
                case SKIP -> next(s, Attempt.Result.SKIPPED, AFTER_SKIP);
                case DECLINE -> next(s, Attempt.Result.DECLINED, AFTER_DECLINE);
                default -> anywhere.apply(s, action);
            };
            case CONFIRM -> switch (action) {
                case YES -> replies.ask(s.in(State.ON_STEP), prompts.steps(s.in(State.ON_STEP))).after(new Step.WentAhead(s.fix()));
                case NO -> next(s, Attempt.Result.DECLINED, AFTER_DECLINE);
                case SKIP -> next(s, Attempt.Result.SKIPPED, AFTER_SKIP);
                default -> anywhere.apply(s, action);
            };
            // Waiting for Apple keeps what was tried: coming back later must not repeat those fixes.
            case OUTAGE -> switch (action) {
                case WAIT -> replies.tell(s.in(State.AWAITING_PROBLEM), prompts.say(s, OUTAGE_WAIT)).after(new Step.Ended(Ending.OUTAGE));
                case CONTINUE -> plan.next(s, null).after(new Step.CarriedOn());
                default -> anywhere.apply(s, action);
            };
            // Rating the help keeps what was tried: "if it still hasn't backed up tomorrow, just tell me" must not
            // start again with the fix that seemed to work.
            case HELPFUL -> switch (action) {
                case HELPFUL -> replies.tell(s.in(State.AWAITING_PROBLEM), prompts.say(FEEDBACK_HELPFUL)).after(new Step.Rated(true));
                case NOT_HELPFUL -> replies.ask(s.in(State.AWAITING_PROBLEM), prompts.say(FEEDBACK_NOT_HELPFUL)).after(new Step.Rated(false));
                case ANOTHER_PROBLEM -> replies.ask(s.startOver(), prompts.say(ASK_PROBLEM)).after(new Step.StartedOver());
                // "Wait, it still fails": the fix did not work after all; on to the next one.
                case NOT_FIXED -> plan.next(s.reopened(), prompts.say(AFTER_NOT_FIXED))
                        .after(new Step.Reopened(s.lastAttempt().fixId()),
                                new Step.Answered(s.lastAttempt().fixId(), Attempt.Result.NOT_FIXED));
                case STOP -> replies.tell(s.in(State.AWAITING_PROBLEM), prompts.say(s, THANKS_REPLY));
                default -> anywhere.apply(s, action);
            };
            // Declining a person, or being pointed to Apple Support, ends here; what was tried stays for a later ask.
            case OUT_OF_FIXES -> switch (action) {
                case NO -> replies.ask(s.in(State.AWAITING_PROBLEM), prompts.say(s, OUT_OF_FIXES_DECLINED)).after(new Step.StartedOver());
                case THANKS -> replies.tell(s.startOver(), prompts.say(s, THANKS_REPLY)).after(new Step.StartedOver());
                default -> anywhere.apply(s, action);
            };
            case WELCOME_BACK, SURE_TO_STOP, SURE_NEW_PROBLEM -> switch (action) {
                case CONTINUE -> carryOn(s).after(new Step.CarriedOn());
                // An answer to the fix itself ("it worked after all") goes to the fix.
                case FIXED, NOT_FIXED, SKIP, DECLINE, YES, NO, WAIT, HELPFUL, NOT_HELPFUL, SOMETHING_ELSE, ANOTHER_PROBLEM ->
                        apply(s.asking(null), answer, text, record);
                case STOP, MAYBE_STOP, START_OVER, WELCOME, HUMAN, HOW, GREETING, THANKS, HELP, OUT_OF_SCOPE, REMARK, NOT_ENGLISH,
                        UNCLEAR -> anywhere.apply(s, action);
            };
        };
    }

    /** The fix on offer is answered: recorded, then the next fix (or none left). */
    private Outcome next(Session s, Attempt.Result result, Phrase preface) {
        return next(s, result, prompts.say(s, preface));
    }

    private Outcome next(Session s, Attempt.Result result, String preface) {
        return plan.next(s.answered(result), preface).after(new Step.Answered(s.fix(), result));
    }

    /** The check's question answered: which answer means waiting is the knowledge's to say. */
    private Outcome checked(Session s, boolean yes) {
        Branch.Check check = (Branch.Check) knowledge.fix(s.fix()).branch();
        return check.waits(yes) ? waiting(s, check) : next(s, Attempt.Result.CHECK_OK, prompts.fill(s, check.goOnText()));
    }

    private Outcome resolved(Session s) {
        Session done = s.answered(Attempt.Result.FIXED).in(State.RESOLVED);
        return replies.ask(done, prompts.say(s, FIXED) + "\n\n" + prompts.say(s, HELPFUL_QUESTION))
                .after(new Step.Answered(s.fix(), Attempt.Result.FIXED), new Step.Ended(Ending.RESOLVED));
    }

    /** The check says nothing on the phone will help now (Apple's side is down): wait, or keep trying? */
    private Outcome waiting(Session s, Branch.Check check) {
        Session down = s.answered(Attempt.Result.OUTAGE).in(State.OUTAGE);
        return replies.ask(down, prompts.fill(s, check.waitText()) + "\n\n" + prompts.say(s, OUTAGE_QUESTION))
                .after(new Step.Answered(s.fix(), Attempt.Result.OUTAGE));
    }

    private Outcome picked(Session s, String variantId) {
        Session chosen = s.withVariant(variantId).in(State.ON_STEP);
        String chosenSay = ((Branch.ChooseVariant) knowledge.fix(s.fix()).branch()).chosen();
        return replies.ask(chosen, prompts.fill(s, chosenSay) + "\n" + prompts.steps(chosen)).after(new Step.Chose(s.fix(), variantId));
    }

    /** Back to the question under the aside: a fix is shown again in full, it may have been a while. */
    private Outcome carryOn(Session s) {
        Session back = s.asking(null);
        return replies.ask(back, back.fix() != null ? prompts.presentFix(back) : prompts.question(back));
    }
}
