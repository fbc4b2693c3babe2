package supportbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

/** A Jetty server over real sockets, guarded: 2 connections an address, 1 s for a request head; /slow answers in 2.5 s. */
class ConnectionGuardTest {
    private Server server;
    private ServerConnector connector;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        ConnectionGuard.install(connector, 2, Duration.ofSeconds(1),
                new Tally(NOPLogger.NOP_LOGGER, "closed", Duration.ofMinutes(1), server.getScheduler()));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws InterruptedException {
                if (Request.getPathInContext(request).equals("/slow")) {
                    Thread.sleep(2_500);   // longer than two head deadlines
                }
                Content.Sink.write(response, true, "ok", callback);
                return true;
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void aConnectionThatTricklesItsHeadIsClosedAtTheDeadline() throws Exception {
        try (Socket socket = connect("127.0.0.1")) {
            write(socket, "GET / HTTP/1.1\r\nHost: x\r\n");
            assertThat(millisUntilClosedWhileTrickling(socket)).as("closed after (ms)").isBetween(900L, 3_000L);
        }
    }

    @Test
    void aConnectionThatTricklesItsNextHeadAfterAQuickAnswerIsClosedToo() throws Exception {
        try (Socket socket = connect("127.0.0.1")) {
            assertThat(keptAlive(socket, "/")).startsWith("HTTP/1.1 200");
            write(socket, "GET / HTTP/1.1\r\nHost: x\r\n");
            assertThat(millisUntilClosedWhileTrickling(socket)).as("closed after (ms): one to two deadlines").isBetween(900L, 3_000L);
        }
    }

    @Test
    void aSlowAnswerIsNotCutAndItsConnectionCarriesTheNextRequest() throws Exception {
        try (Socket socket = connect("127.0.0.1")) {
            assertThat(keptAlive(socket, "/slow")).startsWith("HTTP/1.1 200");
            assertThat(keptAlive(socket, "/")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void oneAddressHoldsAtMostItsShareWhileOthersStillGetIn() throws Exception {
        try (Socket first = connect("127.0.0.2"); Socket second = connect("127.0.0.2"); Socket third = connect("127.0.0.2")) {
            third.setSoTimeout(2_000);
            assertThat(third.getInputStream().read()).as("the third from one address is closed").isEqualTo(-1);
            assertThat(get("127.0.0.1")).startsWith("HTTP/1.1 200");
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        String again = get("127.0.0.2");
        while (!again.startsWith("HTTP/1.1 200") && System.nanoTime() < deadline) {
            Thread.sleep(50);   // the server learns of the closes a moment later
            again = get("127.0.0.2");
        }
        assertThat(again).as("its closed connections no longer count").startsWith("HTTP/1.1 200");
    }

    /** The answer to a GET of {@code path} on {@code socket}, which stays open for more. */
    private static String keptAlive(Socket socket, String path) throws IOException {
        write(socket, "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        socket.setSoTimeout(5_000);
        byte[] answer = new byte[4096];
        return new String(answer, 0, socket.getInputStream().read(answer), StandardCharsets.US_ASCII);
    }

    /** Sends a header line every 200 ms until the server closes the connection; how long that took, at most 5 s. */
    private static long millisUntilClosedWhileTrickling(Socket socket) throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 5_000_000_000L) {
            Thread.sleep(200);
            if (!sends(socket, "X: y\r\n")) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
        }
        return Long.MAX_VALUE;   // never closed
    }

    /** The answer to one request from {@code from}; empty when the server closed the connection unanswered. */
    private String get(String from) throws IOException {
        try (Socket socket = connect(from)) {
            write(socket, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            socket.setSoTimeout(2_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        } catch (SocketException e) {
            return "";   // reset as it was closed
        }
    }

    private Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", connector.getLocalPort()), 2_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** False once the server has closed the connection (a write fails, or a read sees its end). */
    private static boolean sends(Socket socket, String text) {
        try {
            write(socket, text);
            socket.setSoTimeout(1);
            InputStream in = socket.getInputStream();
            return in.read() != -1;
        } catch (SocketTimeoutException e) {
            return true;   // nothing to read: still open
        } catch (IOException e) {
            return false;
        }
    }
}
