package supportbot.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import supportbot.admin.AdminServer.Answer;
import supportbot.http.Tally;

/**
 * Who may see the dashboard and its API: a request with {@code Authorization: Bearer <token>}, or a browser
 * with the cookie the sign-in form sets. Wrong tokens slow their address down ({@link WrongTokens}) and are
 * counted in the log, not logged one by one; while an address waits, no token from it is looked at, the right
 * one neither (else a guesser would keep guessing at full speed and only watch for the one that is not refused),
 * but a browser already signed in goes on. The form is read without holding a thread and must arrive within
 * {@link #FORM_DEADLINE}; a form posted from another site is refused.
 */
final class AdminAccess {
    private static final String HTML = "text/html; charset=utf-8";
    private static final int MAX_FORM = 4096;
    private static final Duration FORM_DEADLINE = Duration.ofSeconds(5);
    private static final Duration SESSION = Duration.ofHours(12);

    private final byte[] token;
    private final Optional<String> publicOrigin;
    private final SessionCookie cookie;
    private final WrongTokens wrong;
    private final Tally tally;

    /** {@code publicOrigin}: "https://host[:port]" as the browser shows the dashboard, when a proxy stands before it. */
    AdminAccess(String token, Optional<String> publicOrigin, Clock clock, Tally tally) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.publicOrigin = publicOrigin;
        this.cookie = new SessionCookie(token, clock, SESSION);
        this.wrong = new WrongTokens(clock);
        this.tally = tally;
    }

    boolean tokenSet() {
        return token.length > 0;
    }

    /** Empty when the request carries the token or a valid session cookie; otherwise the refusal to send. */
    Optional<Answer> refusal(Request request) {
        if (!tokenSet()) {
            return Optional.of(Answer.json(403, "{\"error\":\"set SUPPORTBOT_ADMIN_TOKEN to open the dashboard and its API\"}"));
        }
        if (hasSession(request)) {
            return Optional.empty();
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null) {
            return Optional.of(Answer.json(401, "{\"error\":\"a valid admin token is needed\"}"));
        }
        String address = Request.getRemoteAddr(request);
        Optional<Duration> wait = wrong.take(address);
        if (wait.isPresent()) {
            return Optional.of(tooMany(wait.get(), Answer.json(429, "{\"error\":\"too many wrong tokens from here\"}")));
        }
        String given = header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!isToken(given, address)) {
            return Optional.of(Answer.json(401, "{\"error\":\"a valid admin token is needed\"}"));
        }
        return Optional.empty();
    }

    /** The answer to the sign-in form, once its body has arrived (or its deadline has passed). */
    CompletableFuture<Answer> signIn(Request request) {
        if (!tokenSet()) {
            return CompletableFuture.completedFuture(page(403, "No admin token is set: start the bot with SUPPORTBOT_ADMIN_TOKEN."));
        }
        if (!fromOwnPage(request)) {
            return CompletableFuture.completedFuture(page(403, "A sign-in from another site is refused."));
        }
        Optional<Duration> wait = wrong.take(Request.getRemoteAddr(request));
        if (wait.isPresent()) {
            return CompletableFuture.completedFuture(tooMany(wait.get(), page(429, "Too many wrong tokens from here: try again later.")));
        }
        // Nobody signed in yet: a form of a few bytes, read without holding a thread, never one that could fill the heap.
        return Content.Source.asByteArrayAsync(request, MAX_FORM)
                .orTimeout(FORM_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .handle((body, failure) -> failure != null
                        ? new Answer(413, "text/plain; charset=utf-8", "the form is too large or incomplete\n", List.of("Connection: close"))
                        : signIn(request, new String(body, StandardCharsets.UTF_8)));
    }

    private Answer signIn(Request request, String form) {
        String given = "";
        try {
            for (String pair : form.split("&")) {
                if (pair.startsWith("token=")) {
                    given = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            return page(400, "That form could not be read.");
        }
        if (!isToken(given, Request.getRemoteAddr(request))) {
            return page(401, "That is not the admin token.");
        }
        return new Answer(303, HTML, "", List.of("Location: /?days=30", "Set-Cookie: " + cookie.issue()));
    }

    private boolean isToken(String given, String address) {
        if (MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            wrong.right(address);
            return true;
        }
        tally.add();
        return false;
    }

    private boolean hasSession(Request request) {
        for (HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals(SessionCookie.NAME) && cookie.valid(c.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A browser names the page a form was posted from in Origin; it must be the dashboard's. Without Origin (an
     * old browser) Sec-Fetch-Site or the Referer decide if sent; without any of them (curl) the SameSite cookie
     * and the token itself are the protection.
     */
    private boolean fromOwnPage(Request request) {
        HttpFields headers = request.getHeaders();
        String origin = headers.get(HttpHeader.ORIGIN);
        if (origin != null) {
            return isDashboard(origin, request);
        }
        String site = headers.get("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String referer = headers.get(HttpHeader.REFERER);
        return referer == null || isDashboard(referer, request);
    }

    /**
     * Whether {@code url} is on the dashboard's public origin when one is set (behind a proxy the Host header
     * names the proxy's upstream, not what the browser shows), else on the host the request was sent to.
     */
    private boolean isDashboard(String url, Request request) {
        try {
            URI uri = new URI(url);
            if (publicOrigin.isPresent()) {
                return publicOrigin.get().equalsIgnoreCase(uri.getScheme() + "://" + uri.getRawAuthority());
            }
            String host = request.getHeaders().get(HttpHeader.HOST);
            return host != null && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;   // anything unreadable; "null" (a sandboxed frame, a file) has no authority
        }
    }

    private static Answer page(int status, String problem) {
        return new Answer(status, HTML, DashboardPage.login(problem));
    }

    private static Answer tooMany(Duration wait, Answer answer) {
        List<String> headers = List.of("Retry-After: " + Math.max(1, (wait.toMillis() + 999) / 1000));
        return new Answer(answer.status(), answer.type(), answer.body(), headers);
    }
}
