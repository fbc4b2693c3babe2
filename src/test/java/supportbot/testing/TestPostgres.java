package supportbot.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests: a throw-away cluster made with the machine's initdb and pg_ctl
 * (Debian's postgresql package; .ci/run installs it), on a free loopback port, stopped when the tests end.
 * {@code SUPPORTBOT_TEST_PG_URL} points the tests at a server of your own instead. Each caller gets a
 * database of its own.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String server;

    private TestPostgres() {
    }

    /** A new, empty database: its JDBC URL (user supportbot, no password). */
    public static String freshDatabase() {
        String base = server();
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base + "postgres?user=supportbot"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        return base + name + "?user=supportbot";
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/}, the server started on first use. */
    private static synchronized String server() {
        if (server == null) {
            String given = System.getenv("SUPPORTBOT_TEST_PG_URL");
            server = given != null && !given.isBlank() ? given : start();
        }
        return server;
    }

    private static String start() {
        try {
            Path bin = binaries();
            Path dir = Files.createTempDirectory("supportbot-pg");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
                run(List.of("chown", "postgres", dir.toString()), false);
            }
            Path data = dir.resolve("data");
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "supportbot",
                    "-E", "UTF8", "--no-sync"), root);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=300", "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                } catch (IOException e) {
                    // the JVM is ending: nothing more to do
                }
            }));
            return "jdbc:postgresql://127.0.0.1:" + port + "/";
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL server for the tests: " + e.getMessage()
                    + " (install Debian's postgresql package, or set SUPPORTBOT_TEST_PG_URL)", e);
        }
    }

    /** Where initdb and pg_ctl are: on the PATH, or Debian's newest /usr/lib/postgresql/N/bin. */
    private static Path binaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                var newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max((a, b) -> Integer.compare(version(a), version(b)));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IOException("no initdb and pg_ctl found");
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }
}
