package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import supportbot.store.InMemorySessionStore;

/**
 * The webhook under a slow-headers attack: clients without the secret that each send a request line and
 * then one header line every 3 s, so that no byte count or idle timeout ever ends them. Real updates must
 * still be answered within seconds. The attack lasts 40 s ({@code -Dslow.seconds=N} for another length).
 */
class WebhookUnderSlowClientsIT {
    private static final int SLOW_SECONDS = Integer.getInteger("slow.seconds", 40);
    private static final int SLOW_CLIENTS = 300;
    /** The attackers' addresses (all loopback on Linux): more than one, so the connection cap is reached too. */
    private static final int ATTACKER_ADDRESSES = 5;

    @Test
    void slowHeadersWithoutTheSecretDoNotJamRealUpdates() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             TelegramRunner runner = TestRunners.start(TestRunners.webhook(api.apiUrl(), "s3cret"), new InMemorySessionStore())) {
            int port = runner.webhookPort();
            AtomicBoolean attacking = new AtomicBoolean(true);
            AtomicInteger connects = new AtomicInteger();
            List<Thread> attackers = new ArrayList<>();
            for (int a = 0; a < ATTACKER_ADDRESSES; a++) {
                InetAddress from = InetAddress.getByName("127.0.0." + (2 + a));
                Thread t = new Thread(() -> trickle(port, from, SLOW_CLIENTS / ATTACKER_ADDRESSES, attacking, connects), "slow-" + a);
                t.setDaemon(true);
                t.start();
                attackers.add(t);
            }
            Thread.sleep(3_000);   // every slow client connected and sending

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<Long> millis = new ArrayList<>();
            long end = System.nanoTime() + (SLOW_SECONDS - 3) * 1_000_000_000L;
            for (long update = 1; System.nanoTime() < end; update++) {
                millis.add(post(http, port, update));
                Thread.sleep(500);
            }
            attacking.set(false);
            for (Thread t : attackers) {
                t.join(10_000);
            }
            long after = post(http, port, 10_000);

            long inTime = millis.stream().filter(ms -> ms <= 5_000).count();
            System.out.printf("webhook under %d slow clients from %d addresses for %d s (%d connections made): %d of %d updates"
                            + " answered within 5 s, the slowest in %d ms; after: %d ms%n", SLOW_CLIENTS, ATTACKER_ADDRESSES,
                    SLOW_SECONDS, connects.get(), inTime, millis.size(), millis.stream().mapToLong(Long::longValue).max().orElse(0),
                    after);
            assertThat(inTime).as("updates answered within 5 s").isGreaterThanOrEqualTo((long) Math.ceil(0.9 * millis.size()));
            assertThat(after).as("the bot is alive after the attack (ms)").isLessThan(5_000);
            FaultyTelegramTest.await(() -> !api.sentTo(10_000).isEmpty(), Duration.ofSeconds(10));
        }
    }

    /** How long the update took to be answered with 200, in ms; Long.MAX_VALUE when it was not. */
    private static long post(HttpClient http, int port, long update) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                    .timeout(Duration.ofSeconds(10))
                    .header(WebhookServer.SECRET_HEADER, "s3cret")
                    .POST(HttpRequest.BodyPublishers.ofString(FakeBotApi.textUpdate(update, update, "icloud storage is full")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? (System.nanoTime() - t0) / 1_000_000 : Long.MAX_VALUE;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Keeps {@code clients} connections from {@code from} sending a header line every 3 s; one the server
     * closed is opened again, as an attacker would.
     */
    private static void trickle(int port, InetAddress from, int clients, AtomicBoolean attacking, AtomicInteger connects) {
        Socket[] sockets = new Socket[clients];
        while (attacking.get()) {
            for (int i = 0; i < clients && attacking.get(); i++) {
                try {
                    if (sockets[i] == null) {
                        sockets[i] = new Socket();
                        sockets[i].bind(new InetSocketAddress(from, 0));
                        sockets[i].connect(new InetSocketAddress("127.0.0.1", port), 500);
                        connects.incrementAndGet();
                        write(sockets[i], "POST /telegram HTTP/1.1\r\nHost: bot\r\n");
                    } else {
                        write(sockets[i], "X-Slow-" + i + ": a\r\n");
                    }
                } catch (IOException e) {
                    close(sockets[i]);
                    sockets[i] = null;
                }
            }
            sleep(3_000);
        }
        for (Socket socket : sockets) {
            close(socket);
        }
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void close(Socket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing what the server already closed
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
