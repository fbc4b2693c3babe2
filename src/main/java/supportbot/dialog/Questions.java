package supportbot.dialog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.AnswerSet;

/** Every question's declaration, by question: the state table, one file a question. */
final class Questions {
    private final Map<Question, Asked> declared = new EnumMap<>(Question.class);

    Questions(KnowledgeBase knowledge, Prompts prompts) {
        StepQuestion step = new StepQuestion(prompts);
        List<Asked> all = List.of(new Describe(knowledge, prompts), new Clarify(knowledge, prompts), step,
                new CheckQuestion(knowledge, prompts), new VariantQuestion(knowledge, prompts), new WarningQuestion(knowledge, prompts),
                new OutageQuestion(prompts), new HelpfulQuestion(prompts), new OutOfFixesQuestion(prompts),
                new WithPerson(prompts), new WelcomeBack(prompts), new Sure(knowledge, prompts, step.answers(null)));
        all.forEach(q -> declared.put(q.question(), q));
        if (declared.size() != Question.values().length) {
            throw new IllegalStateException("every question needs its declaration");
        }
    }

    Asked of(Session s) {
        return declared.get(Question.of(s));
    }

    Asked of(Question question) {
        return declared.get(question);
    }

    /** How the model of answers knows the questions: what `train` teaches it. */
    List<AnswerSet> answerSets() {
        return declared.values().stream().flatMap(q -> q.answerSets().stream()).distinct().toList();
    }
}
