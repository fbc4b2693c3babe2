package supportbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import supportbot.app.KnowledgePack;
import supportbot.app.Settings;
import supportbot.dialog.DialogEngine;
import supportbot.nlu.AnswerSample;
import supportbot.nlu.ClassifierModel;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.ModelTrainer;
import supportbot.nlu.Sample;

@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Rebuild the models from the knowledge pack's training data.",
        "From models/train/ of the knowledge pack (supportbot.knowledge.dir): the intent model from intents.txt, the model of answers from the files of answers/. "
                + "A pack's answers/ add to the shipped ones; without any, the pack uses the shipped model of answers."})
final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        KnowledgePack pack = settings.knowledge();
        ModelFiles files = settings.models();
        long start = System.nanoTime();
        List<Sample> descriptions = pack.intentSamples();
        save(files, ModelKind.INTENTS, new ModelTrainer(settings.training(ModelKind.INTENTS)).train(descriptions), settings, start,
                descriptions.size() + " messages, " + descriptions.stream().map(Sample::label).distinct().count() + " labels");
        if (pack.ownTrainingData(ModelKind.ANSWERS).isEmpty()) {
            System.out.printf("answers: no %s in this pack, so it uses the shipped model of answers%n", files.trainingData(ModelKind.ANSWERS));
            return 0;
        }
        start = System.nanoTime();
        List<AnswerSample> answers = pack.answerSamples(DialogEngine.answerSets(pack.load()));
        save(files, ModelKind.ANSWERS, new ModelTrainer(settings.training(ModelKind.ANSWERS)).trainAnswers(answers), settings, start,
                answers.size() + " answers over " + answers.stream().map(AnswerSample::question).filter(q -> q != null).distinct().count()
                        + " questions");
        return 0;
    }

    private static void save(ModelFiles files, ModelKind kind, ClassifierModel model, Settings settings, long start, String what) {
        files.save(kind, model, files.currentFingerprint(kind, settings.training(kind)));
        System.out.printf("%s: %s, trained in %d ms -> %s%n", kind.fileStem(), what, (System.nanoTime() - start) / 1_000_000, files.model(kind));
    }
}
