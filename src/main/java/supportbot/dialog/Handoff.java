package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The rules while a person from support has the conversation: the user's words go to the support chat,
 * the agent's come back, and either side can end it. The bot itself stays quiet, except for /start,
 * /help and a reminder after a long silence.
 */
final class Handoff {
    private final Prompts prompts;
    private final Replies replies;
    private final DialogSettings settings;

    Handoff(Prompts prompts, Replies replies, DialogSettings settings) {
        this.prompts = prompts;
        this.replies = replies;
        this.settings = settings;
    }

    /** The person from support takes over: the user is told, the support chat gets the whole story. */
    Outcome start(Session current) {
        List<Step> steps = current.fix() == null ? List.of(new Step.Ended(Ending.HANDED_OFF))
                : List.of(new Step.Answered(current.fix(), Attempt.Result.INTERRUPTED), new Step.Ended(Ending.HANDED_OFF));
        Session s = (current.fix() != null ? current.answered(Attempt.Result.INTERRUPTED) : current).in(State.HANDED_OFF);
        Outcome toUser = replies.ask(s, prompts.say(HANDOFF_STARTED));
        Session next = toUser.session();
        String request = prompts.say(HANDOFF_REQUEST, "time", Prompts.time(next.lastSeen()), "summary", prompts.summary(next, true));
        return toUser.and(Replies.forSupport(next, request)).after(steps);
    }

    Outcome fromUser(Session s, String text, boolean afterLongSilence) {
        return switch (commandName(text)) {
            case "/cancel", "/stop", "/restart" -> userLeaves(s);
            case "/start", "/help", "" -> replies.ask(s, prompts.say(HANDOFF_ACTIVE));
            default -> {
                Reply relayed = Replies.forSupport(s, prompts.say(RELAY_FROM_USER, "text", Secrets.mask(text)));
                // Otherwise silence towards the user is right: the answer comes from the person.
                yield afterLongSilence ? replies.ask(s, prompts.say(HANDOFF_ACTIVE)).and(relayed) : new Outcome(s, List.of(relayed));
            }
        };
    }

    Outcome attachment(Session s) {
        return new Outcome(s, List.of(Replies.forSupport(s, prompts.say(RELAY_ATTACHMENT))));
    }

    Outcome userLeaves(Session s) {
        Outcome toUser = replies.ask(s.startOver(), prompts.say(HANDOFF_ENDED));
        return toUser.and(Replies.forSupport(toUser.session(), prompts.say(HANDOFF_USER_LEFT)));
    }

    Outcome fromAgent(Session s, Event.Input.FromAgent agent, Instant at) {
        if (s.state() != State.HANDED_OFF) {
            return new Outcome(s, List.of(Replies.forSupport(s, prompts.say(HANDOFF_NOT_OPEN))));
        }
        String text = agent.text().strip();
        if (commandName(text).equals("/close")) {
            Outcome toUser = replies.ask(s.startOver(), prompts.say(HANDOFF_CLOSED));
            return toUser.and(Replies.forSupport(toUser.session(), prompts.say(HANDOFF_CLOSED_NOTE)));
        }
        // The reminder after a long silence counts silence both ways: a fresh answer from the person restarts it.
        Session answered = s.quietUntil(at.plus(settings.idleAfter()));
        return new Outcome(answered, List.of(new Reply(prompts.say(RELAY_FROM_AGENT, "agent", agent.agent(), "text", text),
                List.of(), s.fix(), s.intent(), s.state())));
    }

    /** The post to the support chat failed: the user is not left waiting for nobody. */
    Outcome unreachable(Session s) {
        if (s.state() != State.HANDED_OFF) {
            return new Outcome(s, List.of());
        }
        return replies.tell(s.startOver(), prompts.say(HANDOFF_FAILED) + "\n\n" + pointer(s))
                .after(new Step.Ended(Ending.HANDOFF_FAILED));
    }

    /** No support chat: where to find a person, with the summary to paste there. */
    String pointer(Session s) {
        return prompts.say(HUMAN, "summary", prompts.summary(s, false));
    }

    /** "/close@supportbot now" is /close. */
    static String commandName(String text) {
        return text.split("[\\s@]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
