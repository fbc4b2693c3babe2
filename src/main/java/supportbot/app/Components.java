package supportbot.app;

import supportbot.dialog.DialogEngine;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.KnowledgeLoader;
import supportbot.nlu.ModelKind;
import supportbot.nlu.OpenNlpClassifier;

/** Builds the engine from the settings, the knowledge file and the models: what every channel needs. */
public final class Components {
    private Components() {
    }

    public static KnowledgeBase knowledge() {
        ConfFiles.Loaded file = ConfFiles.load("knowledge.conf");
        return new KnowledgeLoader(file.origin()).load(file.config());
    }

    public static DialogEngine engine(Settings settings) {
        return new DialogEngine(knowledge(),
                new OpenNlpClassifier(settings.models().load(ModelKind.INTENTS)),
                new OpenNlpClassifier(settings.models().load(ModelKind.REPLIES)),
                settings.dialog());
    }
}
