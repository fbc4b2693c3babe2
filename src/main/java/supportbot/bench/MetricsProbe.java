package supportbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

/** Reads a few lines of a bot's /metrics over HTTP, as Prometheus would, to show them moving. */
final class MetricsProbe {
    private MetricsProbe() {
    }

    /** The message and send counters, one line each, joined: what an operator would graph first. */
    static String messagesAndSends(int adminPort) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String lines = metrics.lines()
                .filter(l -> l.startsWith("supportbot_messages_seconds_count") || l.startsWith("supportbot_telegram_sends_total"))
                .collect(Collectors.joining("; "));
        return lines.isEmpty() ? "(no messages yet)" : lines;
    }
}
