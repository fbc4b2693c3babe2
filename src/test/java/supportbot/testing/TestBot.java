package supportbot.testing;

import supportbot.app.Components;
import supportbot.app.Settings;
import supportbot.dialog.DialogEngine;
import supportbot.knowledge.KnowledgeBase;

/** The real engine (conf/ and the shipped models), built once for the whole test run. */
public final class TestBot {
    private static DialogEngine engine;
    private static KnowledgeBase knowledge;

    private TestBot() {
    }

    public static synchronized DialogEngine engine() {
        if (engine == null) {
            engine = Components.engine(Settings.load());
        }
        return engine;
    }

    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = Components.knowledge();
        }
        return knowledge;
    }
}
