package supportbot.channel.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Bot API through pengrad and copes with how it fails. Sends are tried once each
 * ({@link #attempt}): the outbox owns their retries. Other calls (setWebhook) are retried here, network
 * errors and 5xx with exponential backoff, a 429 after the {@code retry_after} Telegram asks for (pengrad
 * does not wait). A 4xx other than 429 is final. The token never reaches a log.
 */
final class TelegramApi {
    private static final Logger log = LoggerFactory.getLogger(TelegramApi.class);
    /** 429s do not count as failed attempts, but a server that only ever says 429 must not hold a worker forever. */
    private static final int MAX_RATE_LIMITED = 20;

    private final TelegramBot client;
    private final Redaction redaction;
    private final int maxAttempts;
    private final Duration firstBackoff;

    TelegramApi(TelegramBot client, Redaction redaction, int maxAttempts, Duration firstBackoff) {
        this.client = client;
        this.redaction = redaction;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
    }

    /** One try of a send; what happens next is the caller's to decide. */
    <T extends BaseRequest<T, R>, R extends BaseResponse> SendResult attempt(BaseRequest<T, R> request) {
        R response;
        try {
            response = client.execute(request);
        } catch (RuntimeException e) {
            return new SendResult.Failed(redaction.describe(e));
        }
        if (response == null) {
            return new SendResult.Failed("no response");
        }
        if (response.isOk()) {
            return new SendResult.Accepted();
        }
        int code = response.errorCode();
        if (code == 429) {
            Integer retryAfter = response.parameters() == null ? null : response.parameters().retryAfter();
            return new SendResult.RetryAfter(retryAfter == null ? 1 : Math.max(1, retryAfter));
        }
        // 400 (chat not found, bad request) and 403 (blocked, not a member) are about this message or chat; a 401
        // (token revoked) or 404 is the bot's own trouble: every reply keeps waiting until it is mended.
        return code == 400 || code == 403 ? new SendResult.Refused(code, describe(response))
                : new SendResult.Failed(describe(response));
    }


    /** One try, for what may fail without harm (answerCallbackQuery, setMyCommands); false if it did not work. */
    <T extends BaseRequest<T, R>, R extends BaseResponse> boolean tryOnce(BaseRequest<T, R> request) {
        try {
            R response = client.execute(request);
            if (response == null || !response.isOk()) {
                log.warn("{} was refused: {}", request.getMethod(), describe(response));
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", request.getMethod(), redaction.describe(e));
            return false;
        }
    }

    /** A call outside any chat (setWebhook, ...), retried as above; throws when every attempt failed. */
    <T extends BaseRequest<T, R>, R extends BaseResponse> R call(BaseRequest<T, R> request) throws InterruptedException {
        Duration backoff = firstBackoff;
        int failures = 0;
        int rateLimited = 0;
        String last = "no attempt";
        while (failures < maxAttempts) {
            R response;
            try {
                response = client.execute(request);
            } catch (RuntimeException e) {
                last = redaction.describe(e);
                response = null;
            }
            if (response != null && response.isOk()) {
                return response;
            }
            if (response != null && response.errorCode() == 429 && rateLimited++ < MAX_RATE_LIMITED) {
                Integer retryAfter = response.parameters() == null ? null : response.parameters().retryAfter();
                int asked = retryAfter == null ? 1 : retryAfter;
                log.warn("{}: Telegram's 429, waiting {}", request.getMethod(), TelegramWait.describe(asked));
                Thread.sleep(TelegramWait.seconds(asked) * 1000L);
                continue;
            }
            if (response != null && response.errorCode() >= 400 && response.errorCode() < 500) {
                throw new TelegramException(request.getMethod() + " refused: " + describe(response), true);
            }
            if (response != null) {
                last = describe(response);
            }
            failures++;
            if (failures < maxAttempts) {
                log.warn("{} failed ({}), try {} of {} in {} ms", request.getMethod(), last, failures + 1, maxAttempts, backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new TelegramException(request.getMethod() + " failed " + maxAttempts + " times; last: " + last, false);
    }

    private String describe(BaseResponse response) {
        if (response == null) {
            return "no response";
        }
        return "error " + response.errorCode() + " " + redaction.clean(response.description());
    }

    /** A Bot API call that did not succeed; the message holds no token. */
    static final class TelegramException extends RuntimeException {
        private final boolean refused;

        TelegramException(String message, boolean refused) {
            super(message);
            this.refused = refused;
        }

        /** Telegram said no for good (4xx: chat not found, bot not a member, blocked), not a passing failure. */
        boolean refused() {
            return refused;
        }
    }
}
