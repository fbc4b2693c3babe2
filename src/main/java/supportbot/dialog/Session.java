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
 * @param aside      a question asked on top of the state (welcome back? is that right?), or null
 * @param firstAttempt where the current problem's attempts begin in {@code attempts}: fixes are numbered from there
 * @param other      the second problem when working on two at once, or null: its fixes are worded its way
 * @param pending    the answer the aside {@link Aside#SURE} asks about, or null
 * @param said       what the user told the bot about the problem since describing it (a hand-off quotes it)
 * @param explained  what was explained last ("fix:ASPECT"), so that the same question gets another answer, or null
 */
public record Session(
        ConversationKey key, State state, int turn,
        String intent, String problem, double confidence,
        List<String> plan, String fix, String variant, List<Attempt> attempts, List<String> options,
        Instant lastSeen, Instant idleDeadline,
        Aside aside, int firstAttempt, String other, Pending pending, List<String> said, String explained) {

    /** How many of the user's later words a hand-off summary quotes. */
    static final int SAID_KEPT = 5;

    public Session {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        plan = List.copyOf(plan);
        attempts = List.copyOf(attempts);
        options = List.copyOf(options);
        // Sessions stored before these were kept have none.
        said = said == null ? List.of() : List.copyOf(said);
    }

    public static Session start(ConversationKey key) {
        return new Session(key, State.AWAITING_PROBLEM, 0, null, null, 0, List.of(), null, null, List.of(), List.of(), null, null,
                null, 0, null, null, List.of(), null);
    }

    /** A fresh conversation on the same key, keeping the turn counter so old buttons stay stale. */
    Session startOver() {
        return new Session(key, State.AWAITING_PROBLEM, turn, null, null, 0, List.of(), null, null, List.of(), List.of(), lastSeen,
                idleDeadline, null, 0, null, null, List.of(), null);
    }

    /** Nothing on offer any more, waiting for a problem; what was tried (and for which problem) is kept. */
    Session leftOff() {
        return new Session(key, State.AWAITING_PROBLEM, turn, intent, problem, confidence, List.of(), null, null, attempts, List.of(), lastSeen,
                idleDeadline, null, firstAttempt, other, null, said, explained);
    }

    /** Moves to {@code next}; a question asked on top of the old state is answered by moving. */
    Session in(State next) {
        return new Session(key, next, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                null, firstAttempt, other, null, said, explained);
    }

    /** Asks {@code question} on top of the state, which stays as it is. Null: back to the state's own question. */
    Session asking(Aside question) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                question, firstAttempt, other, question == Aside.SURE ? pending : null, said, explained);
    }

    /** Asks whether {@code doubtful} is what the user meant, before acting on it. */
    Session askingAbout(Pending doubtful) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                Aside.SURE, firstAttempt, other, doubtful, said, explained);
    }

    Session nextTurn() {
        return new Session(key, state, turn + 1, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    Session seenAt(Instant at, Instant deadline) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, at, deadline, aside,
                firstAttempt, other, pending, said, explained);
    }

    /** A new idle deadline: a person from support answered. */
    Session quietUntil(Instant deadline) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, deadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    /** Whether a message at {@code at} comes back to a conversation left idle in the middle of something. */
    boolean idleAt(Instant at) {
        return quietPast(at) && inProgress();
    }

    boolean quietPast(Instant at) {
        return idleDeadline != null && at.isAfter(idleDeadline);
    }

    /** In the middle of something that a fresh start would throw away. */
    boolean inProgress() {
        return fix != null || state == State.OUTAGE;
    }

    /** Work begins on a problem ({@code second}: the other one of two, or null), described in {@code words}. */
    Session withProblem(String newIntent, String second, String words, double sure, List<String> newPlan) {
        return new Session(key, state, turn, newIntent, words, sure, newPlan, null, null, attempts, List.of(), lastSeen, idleDeadline,
                null, attempts.size(), second, null, List.of(), null);
    }

    Session describing(String words) {
        return new Session(key, state, turn, intent, words, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    /** Keeps what the user said about the problem, the last few only. */
    Session saying(String words) {
        List<String> more = new ArrayList<>(said);
        more.add(words);
        List<String> kept = more.subList(Math.max(0, more.size() - SAID_KEPT), more.size());
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, kept, explained);
    }

    /** Remembers what was just explained ("fix:ASPECT"). */
    Session explaining(String what) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, what);
    }

    Session withOptions(List<String> intents) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variant, attempts, intents, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    /** Takes the next fix of the plan on offer. */
    Session offering(String fixId) {
        List<String> rest = plan.stream().filter(id -> !id.equals(fixId)).toList();
        return new Session(key, state, turn, intent, problem, confidence, rest, fixId, null, attempts, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    Session withVariant(String variantId) {
        return new Session(key, state, turn, intent, problem, confidence, plan, fix, variantId, attempts, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    /** Records how the fix on offer went; it is then no longer on offer. */
    Session answered(Attempt.Result result) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(new Attempt(fix, result, lastSeen));
        return new Session(key, state, turn, intent, problem, confidence, plan, null, null, more, options, lastSeen, idleDeadline, aside,
                firstAttempt, other, pending, said, explained);
    }

    /** The user did these already: recorded as such, and out of the plan. */
    Session alreadyDone(List<String> fixIds) {
        List<Attempt> more = new ArrayList<>(attempts);
        fixIds.forEach(id -> more.add(new Attempt(id, Attempt.Result.ALREADY_DONE, lastSeen)));
        List<String> rest = plan.stream().filter(id -> !fixIds.contains(id)).toList();
        return new Session(key, state, turn, intent, problem, confidence, rest, fix, variant, more, options, lastSeen, idleDeadline,
                aside, firstAttempt, other, pending, said, explained);
    }

    /** "Wait, it still fails" after a fix seemed to work: the last fix did not fix it after all. */
    Session reopened() {
        List<Attempt> more = new ArrayList<>(attempts);
        Attempt last = more.remove(more.size() - 1);
        more.add(new Attempt(last.fixId(), Attempt.Result.NOT_FIXED, lastSeen));
        return new Session(key, State.AWAITING_PROBLEM, turn, intent, problem, confidence, plan, null, null, more, options, lastSeen,
                idleDeadline, null, firstAttempt, other, null, said, explained);
    }

    /**
     * "No wait, I want to try that one after all": the fix left out or passed over last in this problem is taken
     * back (its answer forgotten), and the fix on offer goes back to the front of the plan.
     */
    Session takingBack(String fixId) {
        List<Attempt> more = new ArrayList<>(attempts);
        for (int i = more.size() - 1; i >= firstAttempt; i--) {
            if (more.get(i).fixId().equals(fixId)) {
                more.remove(i);
                break;
            }
        }
        List<String> again = new ArrayList<>();
        if (fix != null) {
            again.add(fix);
        }
        again.addAll(plan);
        return new Session(key, state, turn, intent, problem, confidence, again, null, null, more, options, lastSeen, idleDeadline,
                null, firstAttempt, other, null, said, explained);
    }

    /** The fixes of this problem the user left out or passed over, the last first: they may take them back. */
    List<String> leftOut() {
        List<String> left = new ArrayList<>();
        for (int i = attempts.size() - 1; i >= Math.min(firstAttempt, attempts.size()); i--) {
            Attempt a = attempts.get(i);
            if (a.result() == Attempt.Result.DECLINED || a.result() == Attempt.Result.SKIPPED) {
                left.add(a.fixId());
            }
        }
        return left;
    }

    /** The fix's place in the current problem (1 for its first); {@link #fixCount}: how many it has in all. */
    int fixNumber() {
        return (int) attempts.subList(Math.min(firstAttempt, attempts.size()), attempts.size()).stream()
                .filter(a -> a.result() != Attempt.Result.ALREADY_DONE).count() + (fix == null ? 0 : 1);
    }

    int fixCount() { return fixNumber() + plan.size(); }

    Attempt lastAttempt() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }

    /**
     * Offered in this conversation and answered (or left for another problem): not offered again for another
     * problem. A fix the user chose to leave out is: they may feel differently about it for a new problem.
     */
    boolean tried(String fixId) {
        return attempts.stream().anyMatch(a -> a.fixId().equals(fixId) && a.result() != Attempt.Result.DECLINED);
    }

    /** Left unanswered when the user described another problem. */
    boolean interrupted(String fixId) {
        return attempts.stream().anyMatch(a -> a.fixId().equals(fixId) && a.result() == Attempt.Result.INTERRUPTED);
    }

    /** A question the bot asks on top of where the conversation stands; answering it returns there. */
    public enum Aside {
        /** Back after a long silence in the middle of something: carry on, or start over? */
        WELCOME_BACK,
        /** The words were not read surely enough to act on ({@code pending}): is that what they meant? */
        SURE
    }
}
