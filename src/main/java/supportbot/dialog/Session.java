package supportbot.dialog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows about one conversation, immutable. Changes return a copy.
 *
 * @param turn       counts the bot's questions; buttons carry it, so a press on an older message is stale
 * @param intent     the symptom being troubleshot, or null
 * @param problem    the user's own words for it, or null
 * @param confidence how sure the classifier was of {@code intent}
 * @param plan       the fixes still to try, in order
 * @param fix        the fix on offer now, or null
 * @param variant    the variant chosen for {@code fix} (the iPhone model), or null
 * @param attempts   the fixes offered and answered in this conversation, in order
 * @param options    the intents offered in a clarifying question
 * @param lastSeen   when the user last wrote, or null for a new conversation
 * @param idleDeadline after this the conversation counts as idle and the next message is welcomed back, or null
 * @param aside      a question asked on top of the state (welcome back? stop here?), or null
 * @param firstAttempt where the current problem's attempts begin in {@code attempts}: fixes are numbered from there
 */
public record Session(
        ConversationKey key,
        State state,
        int turn,
        String intent,
        String problem,
        double confidence,
        List<String> plan,
        String fix,
        String variant,
        List<Attempt> attempts,
        List<String> options,
        Instant lastSeen,
        Instant idleDeadline,
        Aside aside,
        int firstAttempt) {

    public Session {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        plan = List.copyOf(plan);
        attempts = List.copyOf(attempts);
        options = List.copyOf(options);
    }

    public static Session start(ConversationKey key) {
        return new Session(key, State.AWAITING_PROBLEM, 0, null, null, 0, List.of(), null, null, List.of(), List.of(), null, null, null, 0);
    }

    /** A fresh conversation on the same key, keeping the turn counter so old buttons stay stale. */
    Session startOver() {
        return new Session(key, State.AWAITING_PROBLEM, turn, null, null, 0, List.of(), null, null, List.of(), List.of(), lastSeen, idleDeadline, null, 0);
    }

    /** Moves to {@code next}; a question asked on top of the old state is answered by moving. */
    Session in(State next) {
        return new Session(key, next, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline, null, firstAttempt);
    }

    /** Asks {@code question} on top of the state, which stays as it is. Null: back to the state's own question. */
    Session asking(Aside question) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline, question, firstAttempt);
    }

    Session nextTurn() {
        return new Session(key, state, turn + 1, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline, aside, firstAttempt);
    }

    Session seenAt(Instant at, Instant deadline) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, at, deadline, aside, firstAttempt);
    }

    /** The same conversation with a new idle deadline (a person from support answered). */
    Session quietUntil(Instant deadline) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, deadline, aside, firstAttempt);
    }

    /** Whether a message at {@code at} comes back to a conversation left idle in the middle of something. */
    boolean idleAt(Instant at) {
        return quietPast(at) && inProgress();
    }

    /** Whether {@code at} is past the idle deadline, whatever the conversation is doing. */
    boolean quietPast(Instant at) {
        return idleDeadline != null && at.isAfter(idleDeadline);
    }

    /** In the middle of something that a fresh start would throw away. */
    boolean inProgress() {
        return fix != null || state == State.OUTAGE;
    }

    Session withProblem(String newIntent, String words, double sure, List<String> newPlan) {
        return new Session(key, state, turn, newIntent, words, sure, newPlan, null, null, attempts, List.of(), lastSeen, idleDeadline, null, attempts.size());
    }

    Session describing(String words) {
        return new Session(key, state, turn, intent, words, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline, aside, firstAttempt);
    }

    Session withOptions(List<String> intents) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, intents, lastSeen, idleDeadline, aside, firstAttempt);
    }

    /** Takes the next fix of the plan on offer. */
    Session offering(String fixId) {
        List<String> rest = plan.stream().filter(id -> !id.equals(fixId)).toList();
        return new Session(key, state, turn, intent, problem, confidence, rest, fixId, null, attempts, options, lastSeen, idleDeadline, aside, firstAttempt);
    }

    Session withVariant(String variantId) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variantId, attempts, options, lastSeen, idleDeadline, aside, firstAttempt);
    }

    /** Records how the fix on offer went; it is then no longer on offer. */
    Session answered(Attempt.Result result) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(new Attempt(fix, result, lastSeen));
        return new Session(key, state, turn, intent, problem, confidence, plan, null, null, more, options, lastSeen, idleDeadline, aside, firstAttempt);
    }

    /** The user did these already: recorded as such, and out of the plan. */
    Session alreadyDone(List<String> fixIds) {
        List<Attempt> more = new ArrayList<>(attempts);
        fixIds.forEach(id -> more.add(new Attempt(id, Attempt.Result.ALREADY_DONE, lastSeen)));
        List<String> rest = plan.stream().filter(id -> !fixIds.contains(id)).toList();
        return new Session(key, state, turn, intent, problem, confidence, rest, fix, variant, more, options, lastSeen, idleDeadline, aside, firstAttempt);
    }

    /** "Wait, it still fails" after a fix seemed to work: the last fix did not fix it after all. */
    Session reopened() {
        List<Attempt> more = new ArrayList<>(attempts);
        Attempt last = more.remove(more.size() - 1);
        more.add(new Attempt(last.fixId(), Attempt.Result.NOT_FIXED, lastSeen));
        return new Session(key, State.AWAITING_PROBLEM, turn, intent, problem, confidence, plan, null, null, more, options, lastSeen, idleDeadline, null, firstAttempt);
    }

    /** The fix's place in the current problem (1 for its first) and how many the problem has in all. */
    int fixNumber() {
        return (int) attempts.subList(Math.min(firstAttempt, attempts.size()), attempts.size()).stream()
                .filter(a -> a.result() != Attempt.Result.ALREADY_DONE).count() + (fix == null ? 0 : 1);
    }

    int fixCount() {
        return fixNumber() + plan.size();
    }

    /** The fix answered last, or null. */
    Attempt lastAttempt() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }

    /** Offered in this conversation (answered, or left for another problem): never offered again. */
    boolean tried(String fixId) {
        return attempts.stream().anyMatch(a -> a.fixId().equals(fixId));
    }

    /** A question the bot asks on top of where the conversation stands; answering it returns there. */
    public enum Aside {
        /** Back after a long silence in the middle of something: carry on, or start over? */
        WELCOME_BACK,
        /** The words may have meant "stop": stop here, or carry on? */
        SURE_TO_STOP,
        /** The words read as another problem (the one in {@code options}) and as an answer: which is it? */
        SURE_NEW_PROBLEM
    }
}
