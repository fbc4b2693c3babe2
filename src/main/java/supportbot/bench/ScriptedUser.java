package supportbot.bench;

import java.util.List;
import supportbot.dialog.Button;
import supportbot.dialog.Reply;
import supportbot.dialog.State;

/**
 * What a benchmark user answers to the bot's last reply: the first button of a question (model, go
 * ahead, green), typed words to a step, and "it worked" after a few fixes. Typed words keep the NLU in the measurement.
 */
final class ScriptedUser {
    static final List<String> OPENERS = List.of("my wifi keeps dropping out at home", "icloud storage is full",
            "my iphone hasnt backed up in weeks", "the backup is stuck on estimating time remaining",
            "my phone wont charge", "it keeps asking for my apple id password");

    /** Either words to type or the data of a button to press. */
    record Move(String text, String press) {
    }

    private ScriptedUser() {
    }

    static Move next(Reply last, int answered, int fixedAfter) {
        if (last.state() == State.CHOOSING_VARIANT || last.state() == State.CONFIRMING || last.state() == State.CHECKING) {
            Button first = last.buttons().get(0);
            return new Move(null, first.data());
        }
        return new Move(answered >= fixedAfter ? "that worked, thanks" : "didnt help", null);
    }
}
