package supportbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import supportbot.app.Components;
import supportbot.app.KnowledgePack;
import supportbot.app.Settings;
import supportbot.dialog.DialogEngine;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.ModelTrainer;

/**
 * The second knowledge pack, packs/iphone-charging, copied to a temporary folder and trained there the way
 * {@code train} does it, once per test run: nothing in Java knows about charging.
 */
public final class TrainedPack {
    private static TrainedPack charging;

    public final Settings settings;
    public final KnowledgePack pack;
    public final KnowledgeBase knowledge;

    private TrainedPack(Settings settings, KnowledgePack pack) {
        this.settings = settings;
        this.pack = pack;
        this.knowledge = pack.load();
    }

    public static synchronized TrainedPack charging() {
        if (charging == null) {
            charging = train(Path.of("packs", "iphone-charging"));
        }
        return charging;
    }

    private static TrainedPack train(Path source) {
        try {
            Path dir = Files.createTempDirectory("supportbot-pack");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.toList()) {
                    Path to = dir.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            KnowledgePack pack = new KnowledgePack(dir, false);
            Settings settings = Settings.load().withKnowledge(pack);
            ModelFiles models = pack.models();
            models.save(ModelKind.INTENTS, new ModelTrainer(settings.training(ModelKind.INTENTS)).train(pack.intentSamples()),
                    models.currentFingerprint(ModelKind.INTENTS, settings.training(ModelKind.INTENTS)));
            if (pack.ownTrainingData(ModelKind.ANSWERS).isPresent()) {
                models.save(ModelKind.ANSWERS, new ModelTrainer(settings.training(ModelKind.ANSWERS))
                        .trainAnswers(pack.answerSamples(DialogEngine.answerSets(pack.load()))),
                        models.currentFingerprint(ModelKind.ANSWERS, settings.training(ModelKind.ANSWERS)));
            }
            return new TrainedPack(settings, pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine on this pack, without a support chat. */
    public DialogEngine engine() {
        return Components.engine(settings, knowledge);
    }
}
