package supportbot.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Wall time from starting the jar to its first reply on stdout (chat --jsonl, a message already waiting). */
final class StartupBench {
    private StartupBench() {
    }

    static double[] millis(Path jar, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path data = Files.createTempDirectory("supportbot-startup");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "chat", "--jsonl"));
            builder.environment().put("SUPPORTBOT_DATA_DIR", data.toString());
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process process = builder.start();
            try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                 BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.write("icloud storage is full\n");
                in.flush();
                String line = out.readLine();
                times[i] = (System.nanoTime() - start) / 1e6;
                if (line == null) {
                    throw new IllegalStateException("the bot gave no reply");
                }
            }
            process.waitFor();
        }
        Arrays.sort(times);
        return times;
    }
}
