package supportbot.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test, to fill up and free again: a full disk for real, not a simulated one.
 * Mounting needs root (as on CI); elsewhere {@link #mount} gives nothing and the test is skipped.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path at;
    private final Path filler;

    private SmallDisk(Path at) {
        this.at = at;
        this.filler = at.resolve("filler");
    }

    /** A tmpfs of {@code size} (e.g. "2m") mounted at {@code at}, or empty when this machine will not mount one. */
    public static Optional<SmallDisk> mount(Path at, String size) {
        try {
            Files.createDirectories(at);
            return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()) == 0
                    ? Optional.of(new SmallDisk(at)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path path() {
        return at;
    }

    /** Writes until the disk has no byte left. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    /** Makes room again. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException {
        free();
        // Lazily: a store still closing its files must not keep the mount, and the test's result stands either way.
        run("umount", "-l", at.toString());
    }

    private static int run(String... command) throws IOException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
