package supportbot.testing;

import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.dialog.DialogEngine;
import supportbot.dialog.DialogSettings;
import supportbot.knowledge.KnowledgeBase;
import supportbot.nlu.Language;

/** The real engine (conf/ and the shipped models), built once for the whole test run. */
public final class TestBot {
    private static DialogEngine engine;
    private static DialogEngine withSupportChat;
    private static KnowledgeBase knowledge;

    private TestBot() {
    }

    public static synchronized DialogEngine engine() {
        if (engine == null) {
            engine = Components.engine(Settings.load());
        }
        return engine;
    }

    /** The real engine where a support chat takes hand-offs. */
    public static synchronized DialogEngine withSupportChat() {
        if (withSupportChat == null) {
            withSupportChat = engine(Settings.load().dialog().withHandoff(true));
        }
        return withSupportChat;
    }

    public static DialogEngine engine(DialogSettings dialog) {
        return Components.engine(dialog, Settings.load(), knowledge());
    }

    /** What the real bot knows of English. */
    public static Language english() {
        return Components.english(knowledge(), Settings.load().knowledge());
    }

    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = Components.knowledge();
        }
        return knowledge;
    }
}
