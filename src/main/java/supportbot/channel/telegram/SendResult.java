package supportbot.channel.telegram;

/** How one attempt at a Bot API call went: the outbox decides from this what happens to the reply. */
sealed interface SendResult {

    record Accepted() implements SendResult {
    }

    /** 429: Telegram asks to wait this long before the next message (to this chat, or at all). */
    record RetryAfter(int seconds) implements SendResult {
    }

    /** A 4xx other than 429: blocked by the user, chat not found, not a member. Trying again cannot help. */
    record Refused(int code, String why) implements SendResult {
    }

    /** The network, a timeout or a 5xx: it may work later. */
    record Failed(String why) implements SendResult {
    }
}
