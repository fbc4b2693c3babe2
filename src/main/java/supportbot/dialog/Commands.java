package supportbot.dialog;

import java.util.Optional;

/** The chat commands every state accepts; Telegram adds the bot's name in groups (/start@supportbot). */
final class Commands {
    private Commands() {
    }

    static Optional<Action> of(String text) {
        if (!text.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (Handoff.commandName(text)) {
            // Opening the chat again mid-fix (or the console after a restart) should not throw the fix away.
            case "/start" -> Action.WELCOME;
            case "/help" -> Action.HELP;
            case "/restart" -> Action.START_OVER;
            case "/cancel", "/stop" -> Action.STOP;
            default -> null;
        });
    }
}
