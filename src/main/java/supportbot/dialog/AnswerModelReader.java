package supportbot.dialog;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.AnswerSet;
import supportbot.nlu.Classification;
import supportbot.nlu.Language;
import supportbot.nlu.Intent;

/**
 * The model of answers, which knows the question: each label it gives means an answer there ({@link
 * Asked#meaning}), labels that mean the same add up (every question about the fix is one kind of answer),
 * and the likeliest answer is the reading, as sure as its probability. Words that describe another problem
 * are that problem only when the intent model names one, other than the one being worked on; otherwise they
 * are about this one, and the next likeliest answer is the reading. A remark may be small talk the intent
 * model knows (a greeting, thanks, a question about something else).
 */
final class AnswerModelReader implements Reader {
    /** Answers that a question cannot give: a question may ask for a person or to stop, never say how it went. */
    private static final Set<Action> SAYS_HOW_IT_WENT = EnumSet.of(Action.FIXED, Action.NOT_FIXED, Action.SKIP,
            Action.DECLINE);
    private final AnswerReader answers;
    private final DescriptionReader descriptions;
    private final KnowledgeBase knowledge;
    private final ReadingPolicy policy;
    private final Language english;
    private static final Set<Action> MOVES_ON = EnumSet.of(Action.NOT_FIXED, Action.SKIP, Action.DECLINE);

    AnswerModelReader(AnswerReader answers, DescriptionReader descriptions, KnowledgeBase knowledge, ReadingPolicy policy,
                      Language english) {
        this.english = english;
        this.answers = answers;
        this.descriptions = descriptions;
        this.knowledge = knowledge;
        this.policy = policy;
    }

    @Override
    public Optional<Reading> read(Session s, Asked asked, String text) {
        AnswerSet set = asked.answers(s);
        if (set == null) {
            return Optional.empty();
        }
        Classification reading = answers.read(set.name(), text);
        Map<String, Weighed> kinds = new LinkedHashMap<>();
        for (Intent label : reading.ranked()) {
            if (label.name().equals(Meanings.NEW_PROBLEM) && asked.takesNewProblems()) {
                kinds.merge(Meanings.NEW_PROBLEM, new Weighed(null, label.confidence()), Weighed::plus);
            } else {
                asked.meaning(s, label.name()).ifPresent(answer -> kinds.merge(kind(answer), new Weighed(answer, label.confidence()), Weighed::plus));
            }
        }
        Weighed top = best(kinds, null);
        if (top == null) {
            return Optional.empty();
        }
        String last = MessageShape.lastSentence(text);
        Optional<Reading> person = asksForAPerson(asked, text, last, top);
        if (person.isPresent()) {
            return person;
        }
        Optional<Reading> forNext = asksForNext(s, asked, text, top);
        if (forNext.isPresent()) {
            return forNext;
        }
        Optional<Reading> question = endsAsking(s, asked, set, text, last);
        if (question.isPresent()) {
            return question;
        }
        Optional<Reading> outcome = outcomeToldLast(s, asked, set, last, top);
        if (outcome.isPresent()) {
            return outcome;
        }
        if (asked instanceof StepQuestion && unsure(top) && !text.contains("?") && rulesOutItsOwnTopic(s, text)) {
            // "Storage isn't the issue, I'm on the 200GB plan" at "Free up iCloud storage": done or checked already
            // ("Okay, take your time" told playtesters they were not read). Asked about first: the step's condition
            // told is as often the step just done ("deleted the old iphone 8 backup. 3gb free now").
            return Optional.of(new Reading(new Answer.Act(Action.SKIP), policy.doubt(), "answers"));
        }
        if (top.answer() == null && MessageShape.asks(s, text)) {
            // "does that sign me out of iCloud?" names a problem, but asks about the fix.
            return Optional.of(new Reading(new Answer.Ask(aspect(kinds)), top.weight(), "answers"));
        }
        if (top.answer() == null) {
            Optional<Answer.Problem> other = otherProblem(s, text);
            if (other.isPresent()) {
                return Optional.of(new Reading(other.get(), top.weight(), "answers"));
            }
            // About the problem being worked on, or no problem the bot knows: the next likeliest answer, of what is left.
            // A move read that way is asked about first, unless the model was sure of it on its own.
            Weighed next = best(kinds, top);
            if (next == null) {
                return Optional.empty();
            }
            double ofTheRest = next.weight() / Math.max(1e-9, 1 - top.weight());
            boolean moves = next.answer() instanceof Answer.Act act ? act.action().moves() : !(next.answer() instanceof Answer.Ask);
            return Optional.of(new Reading(next.answer(), moves ? Math.max(next.weight(), Math.min(ofTheRest, policy.doubt())) : ofTheRest,
                    "answers"));
        }
        boolean refuses = top.answer() instanceof Answer.Act a && a.action() == Action.DECLINE;
        if ((MessageShape.asks(s, text) || refuses && text.contains("?")) && top.answer() instanceof Answer.Act act && SAYS_HOW_IT_WENT.contains(act.action())) {
            double ask = kinds.get("ask") == null ? 0 : kinds.get("ask").weight();
            if (act.action() == Action.FIXED && ask < top.weight() / 2) {
                // "it says finished now, does that mean it's mended?": a success told, then asked about: is it working?
                return Optional.of(new Reading(act, Math.min(top.weight(), policy.doubt()), "answers"));
            }
            // "I deleted it, is that bad?": a question about the fix is answered, never taken for how the step went.
            return Optional.of(new Reading(new Answer.Ask(aspect(kinds)), Math.max(top.weight(), ask), "answers"));
        }
        Answer answer = top.answer() instanceof Answer.Act act && act.action() == Action.REMARK ? smallTalk(s, text, kinds) : top.answer();
        if (Asked.waits(answer) && MessageShape.questionLike(s, text)) {
            // "I've turned it on. Should I tap Back Up Now, or just wait for tonight?" is a question, not "one sec".
            answer = new Answer.Ask(aspect(kinds));
        }
        return Optional.of(new Reading(answer, top.weight(), "answers"));
    }



    /**
     * "Ok did that, still nothing. What's next?": at a step, asking for the next fix says the step did not fix
     * it, and is no question about the step. A reading that moves on (not fixed, been through, left out) stands;
     * "what else can I do?" read surely as asking for another way stays that question; another problem named ("my
     * wifi drops too, what next?") is left to the model; the fix's own topic ruled out ("storage is fine. next")
     * is done or checked; anything else ("it worked, what now?", a bare "what
     * now?") is asked about first.
     */
    private Optional<Reading> asksForNext(Session s, Asked asked, String text, Weighed top) {
        if (!(asked instanceof StepQuestion) || !english.asksForNext(Fix.clauses(text))) {
            return Optional.empty();
        }
        if (top.answer() instanceof Answer.Act act && MOVES_ON.contains(act.action())) {
            return Optional.of(new Reading(act, top.weight(), "answers"));
        }
        if (top.answer() instanceof Answer.Ask ask && ask.aspect() == Answer.Aspect.OTHER_WAY && top.weight() >= policy.remark()
                || top.answer() == null && otherProblem(s, text).isPresent()) {
            return Optional.empty();
        }
        if (rulesOutItsOwnTopic(s, text)) {
            // "storage fine, 50gb plan half empty. NEXT": checked, and on to the next fix; no "is it working now?".
            return Optional.of(new Reading(new Answer.Act(Action.SKIP), policy.act(), "answers"));
        }
        if (top.answer() instanceof Answer.Act act && act.action() == Action.FIXED) {
            return Optional.of(new Reading(act, Math.min(top.weight(), policy.doubt()), "answers"));
        }
        return Optional.of(new Reading(new Answer.Act(Action.NOT_FIXED), policy.doubt(), "answers"));
    }

    /**
     * "I found Manage Storage, Photos is 3.9 GB and I can't pay. Would it be safe to delete the old iPad one?": a
     * story that ends with a question about the fix is answered, whatever the story reads as; the question is
     * read on its own, where the story's words cannot outweigh it.
     */
    private Optional<Reading> endsAsking(Session s, Asked asked, AnswerSet set, String text, String last) {
        if (last == null || last.split("\\s+").length < 2 || !MessageShape.asks(s, text)) {
            return Optional.empty();
        }
        Map<String, Weighed> kinds = new LinkedHashMap<>();
        for (Intent label : answers.read(set.name(), last).ranked()) {
            asked.meaning(s, label.name()).filter(Answer.Ask.class::isInstance)
                    .ifPresent(answer -> kinds.merge("ask", new Weighed(answer, label.confidence()), Weighed::plus));
        }
        Weighed ask = kinds.get("ask");
        return ask != null && ask.weight() >= policy.remark() ? Optional.of(new Reading(ask.answer(), ask.weight(), "answers"))
                : Optional.empty();
    }

    /**
     * "I'm on wifi, full bars, been on it the whole time. didn't help": in a story, how it went is told last, and
     * decides. Where the whole story reads as saying nothing of it (a remark, "I'll give it a few minutes", or a
     * move read unsurely) and
     * its last sentence on its own surely says fixed or not fixed, the last sentence is the reading. A question, or
     * already tried, read in the whole, stands: "green since I bought it. checked again, still green" is no failure.
     */
    private Optional<Reading> outcomeToldLast(Session s, Asked asked, AnswerSet set, String last, Weighed top) {
        if (!(asked instanceof StepQuestion) || !unsure(top) || last == null) {
            return Optional.empty();
        }
        Intent said = answers.read(set.name(), last).top();
        Optional<Answer> outcome = asked.meaning(s, said.name())
                .filter(a -> a instanceof Answer.Act act && (act.action() == Action.FIXED || act.action() == Action.NOT_FIXED));
        return outcome.isPresent() && said.confidence() >= policy.act()
                ? Optional.of(new Reading(outcome.get(), said.confidence(), "answers")) : Optional.empty();
    }

    /**
     * "Yes dear, the dot is green. And yes I would like to talk to a person please.": a sentence that asks for a
     * person is not lost under the rest of the message (a playtester asked three times). Asked about first, as a
     * person named in a story ("my daughter is the person who set it up") reads the same to the intent model.
     */
    private Optional<Reading> asksForAPerson(Asked asked, String text, String last, Weighed top) {
        boolean already = top.answer() instanceof Answer.Act act && act.action() == Action.HUMAN;
        if (already || !asked.doubtable() || last == null) {
            return Optional.empty();
        }
        for (String sentence : MessageShape.sentences(text)) {
            if (MessageShape.wordless(sentence) || MessageShape.negated(sentence)) {
                continue;
            }
            Intent read = descriptions.classify(sentence).top();
            if (read.name().equals("human") && read.confidence() >= policy.act()) {
                return Optional.of(new Reading(new Answer.Act(Action.HUMAN), policy.doubt(), "answers"));
            }
        }
        return Optional.empty();
    }


    /** Words that rule something out and say the condition of the fix on offer holds: its topic ruled out. */
    private boolean rulesOutItsOwnTopic(Session s, String text) {
        return Fix.clauses(text).stream().anyMatch(english::rulesOut) && knowledge.fix(s.fix()).saidDone(text, MessageShape::words);
    }

    /** A reading that says nothing of how the step went (a remark, "not yet"), or a move read unsurely. */
    private boolean unsure(Weighed top) {
        return top.answer() instanceof Answer.Act act && (act.action() == Action.REMARK || act.action() == Action.WAIT
                || act.action().moves() && top.weight() < policy.act());
    }


    /** Which question about the fix the words ask most likely: how, unless the model reads another. */
    private static Answer.Aspect aspect(Map<String, Weighed> kinds) {
        Weighed ask = kinds.get("ask");
        return ask != null && ask.answer() instanceof Answer.Ask a ? a.aspect() : Answer.Aspect.HOW;
    }

    /** The problem the words describe, when the intent model is sure of one that is not the one being worked on. */
    private Optional<Answer.Problem> otherProblem(Session s, String text) {
        if (!descriptions.describesAny(text)) {
            return Optional.empty();
        }
        Intent top = descriptions.classify(text).top();
        boolean other = knowledge.isSymptom(top.name()) && !top.name().equals(s.intent()) && top.confidence() >= policy.newProblem();
        return other ? Optional.of(new Answer.Problem(top.name(), top.confidence())) : Optional.empty();
    }

    /**
     * "Hello?", "thanks", "what can you do": answered as small talk; "ok", "one sec": a remark. Any other question,
     * where there is a fix to talk about, is taken for a question about it ("what does lock my iPhone mean?").
     */
    private Answer smallTalk(Session s, String text, Map<String, Weighed> kinds) {
        Intent top = descriptions.classify(text).top();
        Action talk = Action.ofConversationIntent(top.name());
        // A pleasantry is answered only on a very sure reading: a bare "ok" or "hang on" is no thanks.
        double needed = talk == Action.GREETING || talk == Action.THANKS ? policy.smallTalk() : policy.act();
        boolean sure = top.confidence() >= needed && talk != Action.HUMAN && talk != Action.UNCLEAR;
        if (MessageShape.questionLike(s, text) && !(sure && (talk == Action.GREETING || talk == Action.HELP || talk == Action.THANKS))) {
            return new Answer.Ask(aspect(kinds));
        }
        // "hmm" or "lol sorry" is no request the bot cannot help with: only a question is off topic.
        boolean offTopic = talk == Action.OUT_OF_SCOPE && !text.contains("?");
        return new Answer.Act(sure && !offTopic ? talk : Action.REMARK);
    }

    /** Answers of one kind add up: a variant, an action, or any question about the fix. */
    private static String kind(Answer answer) {
        if (answer instanceof Answer.Act act) {
            return act.action().name();
        }
        if (answer instanceof Answer.PickVariant pick) {
            return "variant " + pick.variantId();
        }
        return answer instanceof Answer.Ask ? "ask" : answer.toString();
    }

    private static Weighed best(Map<String, Weighed> kinds, Weighed except) {
        return kinds.values().stream().filter(w -> w != except).max(java.util.Comparator.comparingDouble(Weighed::weight)).orElse(null);
    }

    /** An answer (null for another problem, not yet named) and the probability of its kind; within a kind the likeliest label speaks. */
    private record Weighed(Answer answer, double weight) {
        Weighed plus(Weighed more) {
            return new Weighed(answer, weight + more.weight);
        }
    }
}
