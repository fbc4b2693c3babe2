package supportbot.dialog;

import static supportbot.knowledge.Phrase.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    /** A clarification this long says more than which problem it is: the summary keeps it. */
    private static final int MORE_WORDS = 4;
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
        // A fix left unanswered for this very problem ("wait, it says storage full" at Free up iCloud storage) is
        // still its first; otherwise what was offered once is not offered again.
        String first = fixes.isEmpty() ? null : fixes.get(0);
        List<String> plan = fixes.stream().filter(id -> !before.tried(id) || id.equals(first) && before.interrupted(id)).toList();
        List<String> triedBefore = fixes.stream().filter(id -> !plan.contains(id) && before.attempts().stream()
                .anyMatch(a -> a.fixId().equals(id) && a.result() != Attempt.Result.INTERRUPTED)).distinct().toList();
        String words = words(s, text);
        Session started = s.withProblem(problem.intent(), other == null ? null : other.intent(), words, problem.confidence(), plan);
        if (current.problem() != null && words != null && !words.startsWith(current.problem())) {
            started = started.saying(current.problem());   // how they first described it: a person taking over reads both
        }
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

    /**
     * The problem in the user's words: what they typed, or, when they picked it from a clarifying question, the
     * words that led to the question (and what they added, if they typed more than the problem's name).
     */
    private String words(Session s, String text) {
        boolean clarifying = s.state() == State.CLARIFYING && s.problem() != null;
        if (text == null) {
            return clarifying ? s.problem() : null;
        }
        boolean more = TextNormalizer.tokens(text).length >= MORE_WORDS;
        return !clarifying ? problemWords(text) : more ? problemWords(s.problem() + " / " + text) : s.problem();
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
        Optional<Branch.Variant> named = fix.branch() instanceof Branch.ChooseVariant choose ? named(s, choose) : Optional.empty();
        if (named.isPresent()) {
            // "My iPhone 15 Pro won't back up", or "it's an iPhone 11" said at an earlier fix: which iPhone is not asked.
            Session chosen = s.offering(fix.id()).withVariant(named.get().id()).in(State.ON_STEP);
            String steps = prompts.fill(chosen, ((Branch.ChooseVariant) fix.branch()).chosen()) + "\n"
                    + prompts.steps(chosen, prompts.say(chosen, STEP_QUESTION));
            return replies.ask(chosen, lead + prompts.presentFix(chosen, prompts.say(TOLD_VARIANT, "variant", named.get().label()) + " " + steps))
                    .after(new Step.Offered(fix.id()), new Step.Chose(fix.id(), named.get().id()));
        }
        Session offered = s.offering(fix.id()).in(firstState(fix.branch()));
        return replies.ask(offered, lead + present(offered)).after(new Step.Offered(fix.id()));
    }

    private static Optional<Branch.Variant> named(Session s, Branch.ChooseVariant choose) {
        List<String> told = new ArrayList<>(s.said());
        if (s.problem() != null) {
            told.add(0, s.problem());
        }
        return told.stream().map(words -> choose.named(String.join(" ", TextNormalizer.tokens(words))))
                .flatMap(Optional::stream).reduce((first, later) -> later);
    }

    /** The fix on offer as it is first shown: title, why, then its steps, or its first question. */
    String present(Session s) {
        Fix fix = knowledge.fix(s.fix());
        String first = switch (Question.of(s.asking(null))) {
            case VARIANT -> ((Branch.ChooseVariant) fix.branch()).question();
            case WARNING -> ((Branch.Confirm) fix.branch()).warning();
            case CHECK -> prompts.steps(s, ((Branch.Check) fix.branch()).question());
            default -> prompts.steps(s, prompts.say(s, STEP_QUESTION));
        };
        return prompts.presentFix(s, first);
    }

    /** The fix on offer is answered: recorded, then the next fix (or none left), after {@code preface}. */
    Outcome answered(Session s, Attempt.Result result, Phrase preface) {
        return answered(s, result, prompts.say(s, preface));
    }

    Outcome answered(Session s, Attempt.Result result, String preface) {
        return next(s.answered(result), preface).after(new Step.Answered(s.fix(), result));
    }

    /** The fix on offer worked: "Was this helpful?" */
    Outcome resolved(Session s) {
        Session done = s.answered(Attempt.Result.FIXED).in(State.RESOLVED);
        return replies.ask(done, prompts.say(s, FIXED) + "\n\n" + prompts.say(s, HELPFUL_QUESTION))
                .after(new Step.Answered(s.fix(), Attempt.Result.FIXED), new Step.Ended(Ending.RESOLVED));
    }

    /**
     * "No wait, I want to try the low power one after all": the fix left out that the words name (by a word of its
     * title), or else the one left out last, is offered again, and the one on offer after it.
     */
    Outcome takeBack(Session s, String text) {
        Set<String> words = text == null ? Set.of() : Set.copyOf(Arrays.asList(TextNormalizer.tokens(text)));
        String fixId = s.leftOut().stream()
                .filter(id -> Arrays.stream(TextNormalizer.tokens(knowledge.fix(id).title())).anyMatch(w -> w.length() > 3 && words.contains(w)))
                .findFirst().orElse(s.leftOut().get(0));
        Session back = s.takingBack(fixId);
        Fix fix = knowledge.fix(fixId);
        Session offered = back.offering(fixId).in(firstState(fix.branch()));
        return replies.ask(offered, prompts.say(TAKEN_BACK, "title", fix.title()) + "\n\n" + present(offered))
                .after(new Step.TookBack(fixId), new Step.Offered(fixId));
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

    /** The user's words, masked and cut, as the session keeps them. */
    String problemWords(String text) {
        return Secrets.kept(text, settings.maxProblemChars());
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
