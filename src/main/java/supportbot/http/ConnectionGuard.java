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
 * {@code perAddress} connections (a further one is closed as it opens), and a connection must deliver a whole
 * request head within {@code headDeadline} of opening, or it is closed. Jetty's idle timeout alone cannot do
 * the second: a client that sends one byte now and then resets it for ever.
 *
 * <p>Only the first request's head is timed: a request without the right credentials is answered with
 * {@code Connection: close}, so only a client that holds them keeps a connection for more.
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
        connector.getScheduler().schedule(() -> {
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                refused.add();
                connection.getEndPoint().close();
            }
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
