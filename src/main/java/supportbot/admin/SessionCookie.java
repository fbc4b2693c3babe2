package supportbot.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dashboard's sign-in cookie: the moment it expires and a MAC over it keyed by the admin token. The
 * server checks the expiry itself, so a copied cookie stops working then whatever the browser does; the token
 * never travels back to the browser, and a new token ends every session.
 */
final class SessionCookie {
    static final String NAME = "supportbot_admin";

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration lifetime;

    SessionCookie(String token, Clock clock, Duration lifetime) {
        this.key = new SecretKeySpec(("supportbot-dashboard:" + token).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The value of a Set-Cookie header for a session that starts now. */
    String issue() {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return NAME + "=" + expires + "." + mac(expires) + "; Path=/; Max-Age=" + lifetime.toSeconds()
                + "; HttpOnly; SameSite=Strict";
    }

    /** Whether {@code value} is a cookie this server issued that has not expired. */
    boolean valid(String value) {
        int dot = value.indexOf('.');
        try {
            long expires = Long.parseLong(value.substring(0, Math.max(dot, 0)));
            return MessageDigest.isEqual(mac(expires).getBytes(StandardCharsets.US_ASCII),
                    value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))
                    && clock.instant().isBefore(Instant.ofEpochSecond(expires));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String mac(long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(Long.toString(expires).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
