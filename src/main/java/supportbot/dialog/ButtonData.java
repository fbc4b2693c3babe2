package supportbot.dialog;

import java.util.Optional;

/**
 * The data a button sends back: {@code <turn>:<answer>}, where the answer is an action code,
 * {@code a=<aspect>} (a question about the fix), {@code v=<variant id>} or {@code p=<intent>}. The turn makes a press on an older message stale.
 * Short by construction: Telegram allows 64 bytes.
 */
record ButtonData(int turn, Answer answer) {

    static String encode(int turn, Answer answer) {
        String code;
        if (answer instanceof Answer.Act act) {
            code = act.action().code();
        } else if (answer instanceof Answer.Ask ask) {
            code = "a=" + ask.aspect().name().toLowerCase(java.util.Locale.ROOT);
        } else if (answer instanceof Answer.PickVariant pick) {
            code = "v=" + pick.variantId();
        } else if (answer instanceof Answer.Problem problem) {
            code = "p=" + problem.intent();
        } else {
            throw new IllegalArgumentException("not an answer a button can give: " + answer);
        }
        return turn + ":" + code;
    }

    /** Empty for data this engine never made (an old version's button, or a forged one). */
    static Optional<ButtonData> decode(String data) {
        int colon = data.indexOf(':');
        if (colon < 1 || data.length() > 64) {
            return Optional.empty();
        }
        int turn;
        try {
            turn = Integer.parseInt(data.substring(0, colon));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String code = data.substring(colon + 1);
        if (code.startsWith("v=") && code.length() > 2) {
            return Optional.of(new ButtonData(turn, new Answer.PickVariant(code.substring(2))));
        }
        if (code.startsWith("a=") || code.equals("how")) {
            // "how": a button sent before questions about a fix had aspects.
            return Answer.Aspect.ofLabel("ask_" + (code.equals("how") ? "how" : code.substring(2)))
                    .map(aspect -> new ButtonData(turn, new Answer.Ask(aspect)));
        }
        if (code.startsWith("p=") && code.length() > 2) {
            return Optional.of(new ButtonData(turn, new Answer.Problem(code.substring(2), 1.0)));
        }
        for (Action action : Action.values()) {
            if (action.code().equals(code) && action != Action.UNCLEAR) {
                return Optional.of(new ButtonData(turn, new Answer.Act(action)));
            }
        }
        return Optional.empty();
    }
}
