package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;
import supportbot.nlu.TextNormalizer;

/**
 * Which fixes a problem gets, in which order, and which comes next: the written or learned order, two
 * problems at once, what the user already did, and what was tried for an earlier problem.
 */
final class FixPlan {
    private final KnowledgeBase knowledge;
    private final Prompts prompts;
    private final Replies replies;
    private final DialogSettings settings;
    private final FixOrder order;

    FixPlan(KnowledgeBase knowledge, Prompts prompts, Replies replies, DialogSettings settings) {
        this.knowledge = knowledge;
        this.prompts = prompts;
        this.replies = replies;
        this.settings = settings;
        this.order = settings.learnedOrder().enabled() ? new ThompsonOrder(settings.learnedOrder().priorWeight()) : FixOrder.AS_WRITTEN;
    }

    /**
     * Starts work on {@code problem} (and {@code other}, when torn between two). {@code text} is the user's
     * words, or null when they tapped the problem.
     */
    Outcome start(Session current, Answer.Problem problem, Answer.Problem other, FixResults record, String text) {
        List<Step> steps = new ArrayList<>();
        // The readers offer a problem in the middle of another only when it is a different one.
        boolean switching = current.inProgress();
        Phrase opening = switching ? NEW_PROBLEM
                : other != null ? STARTING_EITHER : text == null ? STARTING_PICKED : STARTING;
        // A fix left unanswered for another problem counts as offered: it is not offered again.
        Session s = current;
        if (current.fix() != null) {
            s = current.answered(Attempt.Result.INTERRUPTED);
            steps.add(new Step.Answered(current.fix(), Attempt.Result.INTERRUPTED));
        }
        if (switching) {
            steps.add(new Step.Ended(Ending.SWITCHED));
        }
        List<String> fixes = ordered(s, problem.intent(), record);
        if (other != null) {
            fixes = TwoProblemPlan.merge(fixes, problem.confidence(), ordered(s, other.intent(), record), other.confidence());
        }
        Session before = s;
        // Named when left out; the one just left for this problem the user saw a moment ago.
        List<String> triedBefore = fixes.stream().filter(id -> before.attempts().stream()
                .anyMatch(a -> a.fixId().equals(id) && a.result() != Attempt.Result.INTERRUPTED)).distinct().toList();
        List<String> plan = fixes.stream().filter(id -> !before.tried(id)).toList();
        // A press on a clarifying question keeps the words that led to it.
        String words = text != null ? problemWords(text) : s.state() == State.CLARIFYING && s.problem() != null ? s.problem() : null;
        Session started = s.withProblem(problem.intent(), words, problem.confidence(), plan);
        steps.add(new Step.Began(problem.intent(), problem.confidence()));
        String preface = prompts.say(opening, "summary", summary(problem.intent()), "other", other == null ? "" : summary(other.intent()));
        if (!triedBefore.isEmpty()) {
            preface += "\n" + prompts.say(triedBefore.size() == 1 ? ALREADY_TRIED : ALREADY_TRIED_MANY, "fixes", titles(triedBefore));
        }
        // "I already restarted it and it's on wifi": skip what they did, and say so.
        List<String> done = text == null ? List.of() : alreadyDone(plan, text);
        if (!done.isEmpty()) {
            started = started.alreadyDone(done);
            done.forEach(id -> steps.add(new Step.Answered(id, Attempt.Result.ALREADY_DONE)));
            preface += "\n" + prompts.say(done.size() == 1 ? ALREADY_DONE : ALREADY_DONE_MANY, "fixes", titles(done));
        }
        return next(started, preface).after(steps);
    }

    /** Offers the next fix of the plan, or says the fixes have run out. */
    Outcome next(Session s, String preface) {
        String lead = preface == null ? "" : preface + "\n\n";
        Optional<String> fixId = s.plan().stream().findFirst();
        if (fixId.isEmpty()) {
            Session out = s.in(State.OUT_OF_FIXES);
            return replies.ask(out, lead + prompts.outOfFixes(out)).after(new Step.Ended(Ending.OUT_OF_FIXES));
        }
        Fix fix = knowledge.fix(fixId.get());
        Session offered = s.offering(fix.id()).in(firstState(fix.branch()));
        return replies.ask(offered, lead + prompts.presentFix(offered)).after(new Step.Offered(fix.id()));
    }

    /** Where a fix starts: its question first (which model? go ahead?), otherwise its steps. */
    static State firstState(Branch branch) {
        if (branch instanceof Branch.ChooseVariant) {
            return State.CHOOSING_VARIANT;
        }
        if (branch instanceof Branch.Confirm) {
            return State.CONFIRMING;
        }
        return branch instanceof Branch.Check ? State.CHECKING : State.ON_STEP;
    }

    String problemWords(String text) {
        String masked = Secrets.mask(text);
        return masked.length() > settings.maxProblemChars() ? masked.substring(0, settings.maxProblemChars()) + "…" : masked;
    }

    private String summary(String intent) {
        return knowledge.symptom(intent).orElseThrow().summary();
    }

    private String titles(List<String> fixIds) {
        return prompts.list(fixIds.stream().map(id -> knowledge.fix(id).title()).toList());
    }

    /** The problem's fixes in the order to offer them: as written, or as learned (the seed keeps it pure). */
    private List<String> ordered(Session s, String intent, FixResults record) {
        long seed = settings.learnedOrder().seed() * 1_000_003L + s.key().hashCode() * 31L + s.turn();
        return order.order(intent, knowledge.symptom(intent).orElseThrow().fixIds(), record, seed);
    }

    private List<String> alreadyDone(List<String> plan, String text) {
        return plan.stream()
                .filter(id -> knowledge.fix(id).saidDone(text, clause -> String.join(" ", TextNormalizer.tokens(clause))))
                .toList();
    }
}
