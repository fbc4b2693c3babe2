package supportbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import supportbot.app.Settings;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.ModelTrainer;
import supportbot.nlu.Sample;

@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Rebuild the models from the training data in models/train/ of the knowledge pack (supportbot.knowledge.dir).",
        "A pack's train/replies.txt adds to the shipped reply examples; without one, the pack uses the shipped reply model."})
final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        ModelFiles files = settings.models();
        for (ModelKind kind : ModelKind.values()) {
            if (kind == ModelKind.REPLIES && settings.knowledge().ownTrainingData(kind).isEmpty()) {
                System.out.printf("%s: no %s in this pack, so it uses the shipped reply model%n", kind.fileStem(), files.trainingData(kind));
                continue;
            }
            ModelTrainer trainer = new ModelTrainer(settings.training(kind));
            List<Sample> samples = settings.knowledge().trainingSamples(kind);
            long start = System.nanoTime();
            files.save(kind, trainer.train(samples), files.currentFingerprint(kind, settings.training(kind)));
            System.out.printf("%s: %d messages, %d labels, trained in %d ms -> %s%n",
                    kind.fileStem(), samples.size(), samples.stream().map(Sample::label).distinct().count(),
                    (System.nanoTime() - start) / 1_000_000, files.model(kind));
        }
        return 0;
    }
}
