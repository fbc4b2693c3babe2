package supportbot.admin;

import com.typesafe.config.Config;
import java.util.OptionalInt;

/** The settings of {@code supportbot.admin}: where the admin server listens (off without a port) and its token. */
public record AdminSettings(String bind, OptionalInt port, String token) {

    public static AdminSettings from(Config admin) {
        String port = admin.getString("port").strip();
        try {
            return new AdminSettings(admin.getString("bind").strip(),
                    port.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(port)),
                    admin.getString("token").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("supportbot.admin.port (SUPPORTBOT_ADMIN_PORT) must be a port number, not '"
                    + port + "'");
        }
    }

    /** Never print the token. */
    @Override
    public String toString() {
        return "AdminSettings[bind=" + bind + ", port=" + port + "]";
    }
}
