package supportbot.dialog;

import supportbot.knowledge.Phrase;
import supportbot.testing.TestBot;

/** Button labels as the knowledge file words them, so tests survive a rewording. */
final class Labels {
    static final String FIXED = label(Phrase.BUTTON_FIXED);
    static final String NOT_FIXED = label(Phrase.BUTTON_NOT_FIXED);
    static final String SKIP = label(Phrase.BUTTON_SKIP);
    static final String HOW = label(Phrase.BUTTON_HOW);
    static final String STOP = label(Phrase.BUTTON_STOP);
    static final String SOMETHING_ELSE = label(Phrase.BUTTON_SOMETHING_ELSE);
    static final String START_OVER = label(Phrase.BUTTON_START_OVER);
    static final String HUMAN = label(Phrase.BUTTON_HUMAN);
    static final String HELPFUL = label(Phrase.BUTTON_HELPFUL);
    static final String NOT_HELPFUL = label(Phrase.BUTTON_NOT_HELPFUL);
    static final String BACK_TO_BOT = label(Phrase.BUTTON_BACK_TO_BOT);
    static final String WAIT = label(Phrase.BUTTON_WAIT);
    static final String CONTINUE = label(Phrase.BUTTON_CONTINUE);
    static final String CARRY_ON = label(Phrase.BUTTON_CARRY_ON);
    static final String YES_STOP = label(Phrase.BUTTON_YES_STOP);

    private Labels() {
    }

    static String label(Phrase phrase) {
        return TestBot.knowledge().phrases().say(phrase);
    }
}
