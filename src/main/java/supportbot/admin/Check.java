package supportbot.admin;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One thing readiness depends on: its name, and what is wrong with it now (empty when it is fine). */
public record Check(String name, Supplier<Optional<String>> problem) {
    private static final Logger log = LoggerFactory.getLogger(Check.class);

    /**
     * A check that is fine as long as {@code probe} does not throw. Anyone may read /readyz, so it says only
     * that {@code what} fails (e.g. "the sqlite store"); the exception's message, which may hold a path or a
     * host, goes to the log, once each time it changes.
     */
    public static Check throwing(String name, String what, Runnable probe) {
        AtomicReference<String> lastLogged = new AtomicReference<>();
        return new Check(name, () -> {
            try {
                probe.run();
                lastLogged.set(null);
                return Optional.empty();
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                if (!Objects.equals(lastLogged.getAndSet(message), message)) {
                    log.warn("not ready: {}", message);
                }
                return Optional.of(what + " fails (the log says why)");
            }
        });
    }
}
