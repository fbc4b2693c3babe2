package supportbot.harness;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real jar running {@code chat --jsonl} for one conversation, which the harness can kill -9. */
final class BotProcess implements AutoCloseable {
    private final Process process;
    private final Writer in;
    private final BufferedReader out;

    BotProcess(Path jar, Path dataDir, String conversation) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-jar", jar.toString(), "chat", "--jsonl", "--conversation", conversation));
        builder.environment().put("SUPPORTBOT_DATA_DIR", dataDir.toString());
        builder.environment().put("SUPPORTBOT_LOG_LEVEL", "WARN");
        builder.redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolve(conversation + ".stderr").toFile()));
        process = builder.start();
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    void send(String line) throws IOException {
        in.write(line + "\n");
        in.flush();
    }

    /** The next reply, or null if the process ended first; the turn ends between replies are passed over. */
    JsonObject reply() throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            if (!json.has("turn_end")) {
                return json;
            }
        }
        return null;
    }

    /** SIGKILL: no shutdown hooks, no flush, like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            in.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
