package supportbot.admin;

import com.typesafe.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The settings of {@code supportbot.admin}: where the admin server listens (off without a port), its token, and
 * the dashboard's public origin when a proxy stands before it ("https://admin.example.com", no path).
 */
public record AdminSettings(String bind, OptionalInt port, String token, Optional<String> origin) {

    public static AdminSettings from(Config admin) {
        String port = admin.getString("port").strip();
        try {
            return new AdminSettings(admin.getString("bind").strip(),
                    port.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(port)),
                    admin.getString("token").strip(), origin(admin.getString("origin").strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("supportbot.admin.port (SUPPORTBOT_ADMIN_PORT) must be a port number, not '"
                    + port + "'");
        }
    }

    /** As a browser sends it in Origin: scheme and authority, no trailing slash. */
    private static Optional<String> origin(String setting) {
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        String origin = setting.endsWith("/") ? setting.substring(0, setting.length() - 1) : setting;
        try {
            URI uri = new URI(origin);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return Optional.of(origin);
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("supportbot.admin.origin (SUPPORTBOT_ADMIN_ORIGIN) must be the dashboard's address "
                + "as a browser shows it, such as https://admin.example.com, without a path, not '" + setting + "'");
    }

    /** Never print the token. */
    @Override
    public String toString() {
        return "AdminSettings[bind=" + bind + ", port=" + port + ", origin=" + origin + "]";
    }
}
