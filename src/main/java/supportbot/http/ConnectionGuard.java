package supportbot.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Keeps slow or greedy clients from filling a Jetty connector. One client address may hold at most
 * {@code perAddress} connections (a further one is closed as it opens), and every request head must arrive in
 * time, or the connection is closed: the first within {@code headDeadline} of opening, each further one within
 * one to two deadlines of the answer before it. Jetty's idle timeout alone cannot do this: a client that sends
 * one byte now and then resets it for ever, and one quick request answered with keep-alive ({@code /healthz})
 * would let it start over.
 */
public final class ConnectionGuard implements Connection.Listener {
    private final ServerConnector connector;
    private final int perAddress;
    private final Duration headDeadline;
    private final Tally refused;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each connection's client address: once it is closed, its end point no longer knows. */
    private final Map<Connection, InetAddress> addresses = new ConcurrentHashMap<>();

    private ConnectionGuard(ServerConnector connector, int perAddress, Duration headDeadline, Tally refused) {
        this.connector = connector;
        this.perAddress = perAddress;
        this.headDeadline = Objects.requireNonNull(headDeadline);
        this.refused = refused;
    }

    /** Guards every connection {@code connector} opens; what it closes is counted in {@code refused}. */
    public static void install(ServerConnector connector, int perAddress, Duration headDeadline, Tally refused) {
        connector.addBean(new ConnectionGuard(connector, perAddress, headDeadline, refused));
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress remote)) {
            return;
        }
        InetAddress address = remote.getAddress();
        addresses.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > perAddress) {
            refused.add();
            connection.getEndPoint().close();
            return;
        }
        watch(connection, 0, 0);
    }

    /**
     * Looks at {@code connection} once a deadline: closed when it has received no request head and sent no
     * answer since the last look ({@code heads} and {@code answers} then) and is not in the middle of a request.
     */
    private void watch(Connection connection, long heads, long answers) {
        connector.getScheduler().schedule(() -> {
            long in = connection.getMessagesIn();
            long out = connection.getMessagesOut();
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            if (in == heads && out == answers && in == out) {
                refused.add();
                connection.getEndPoint().close();
                return;
            }
            watch(connection, in, out);
        }, headDeadline);
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
        }
    }
}
