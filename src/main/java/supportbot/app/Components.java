package supportbot.app;

import java.time.Instant;
import supportbot.dialog.DialogEngine;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.KnowledgeLoader;
import supportbot.knowledge.Phrase;
import supportbot.nlu.ModelKind;
import supportbot.nlu.OpenNlpClassifier;
import supportbot.store.SessionStore;
import supportbot.store.SqliteSessionStore;

/** Builds the parts from the settings, the knowledge file and the models: what every channel needs. */
public final class Components {
    private Components() {
    }

    public static KnowledgeBase knowledge() {
        ConfFiles.Loaded file = ConfFiles.load("knowledge.conf");
        return new KnowledgeLoader(file.origin()).load(file.config());
    }

    public static DialogEngine engine(Settings settings, KnowledgeBase knowledge) {
        return new DialogEngine(knowledge,
                new OpenNlpClassifier(settings.models().load(ModelKind.INTENTS)),
                new OpenNlpClassifier(settings.models().load(ModelKind.REPLIES)),
                settings.dialog());
    }

    public static DialogEngine engine(Settings settings) {
        return engine(settings, knowledge());
    }

    public static SessionStore durableStore(Settings settings) {
        return SqliteSessionStore.open(settings.dataDir(), settings.storeSynchronous(), settings.eventRetention(), Instant.now());
    }

    /** The bot with the durable store. */
    public static Bot bot(Settings settings) {
        return bot(settings, knowledge());
    }

    public static Bot bot(Settings settings, KnowledgeBase knowledge) {
        return new Bot(engine(settings, knowledge), durableStore(settings), knowledge.phrases().say(Phrase.INTERNAL_ERROR));
    }
}
