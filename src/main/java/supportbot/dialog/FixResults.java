package supportbot.dialog;

/** How often each fix has worked for each problem, as far as the bot has seen. */
public interface FixResults {

    Tally of(String intent, String fixId);

    /** A fix worked (or found the cause) {@code worked} times and was answered "not fixed" {@code failed} times. */
    record Tally(long worked, long failed) {
        public static final Tally NONE = new Tally(0, 0);
    }

    FixResults NONE = (intent, fixId) -> Tally.NONE;
}
