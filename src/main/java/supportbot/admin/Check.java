package supportbot.admin;

import java.util.Optional;
import java.util.function.Supplier;

/** One thing readiness depends on: its name, and what is wrong with it now (empty when it is fine). */
public record Check(String name, Supplier<Optional<String>> problem) {

    /** A check that is fine as long as {@code probe} does not throw; the exception's message says what is wrong. */
    public static Check throwing(String name, Runnable probe) {
        return new Check(name, () -> {
            try {
                probe.run();
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(String.valueOf(e.getMessage()));
            }
        });
    }
}
