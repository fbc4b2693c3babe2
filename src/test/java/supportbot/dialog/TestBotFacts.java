package supportbot.dialog;

import supportbot.testing.TestBot;

/** Texts from the knowledge file, for assertions that a reply carries them. */
final class TestBotFacts {
    private TestBotFacts() {
    }

    static String details(String fixId) {
        return TestBot.knowledge().fix(fixId).details();
    }
}
