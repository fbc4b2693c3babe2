package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;
import supportbot.dialog.State;
import supportbot.knowledge.Phrase;
import supportbot.knowledge.Phrases;
import supportbot.pipeline.Bot;
import supportbot.store.Outbox;
import supportbot.store.Outgoing;
import supportbot.store.Queued;
import supportbot.store.StoreUnavailableException;

/**
 * One update's way in: read it, let the bot handle it (which stores the replies in the outbox with the
 * session), and wake the sender. Updates of a chat are handled in order, chats in parallel; a failing
 * update is logged and the next one goes on. What Telegram refuses to deliver comes back here.
 */
final class TelegramChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

    private final Bot bot;
    private final TelegramApi api;
    private final UpdateReader reader;
    private final ChatQueues queues;
    private final Phrases phrases;
    private final OptionalLong supportChat;
    private final Outbox outbox;
    private final Clock clock;
    /** The longest wait between two tries of an update the store could not take: it is answered soon after. */
    private static final long STORE_RETRY_MAX_MS = 2_000;
    private volatile boolean closing;
    /** The sender running in this instance, if any: another instance may hold the outbox's lease. */
    private volatile OutboxSender sender;

    TelegramChannel(Bot bot, TelegramApi api, UpdateReader reader, int workers, Phrases phrases, OptionalLong supportChat,
                    Clock clock) {
        this.bot = bot;
        this.api = api;
        this.reader = reader;
        this.queues = new ChatQueues(workers);
        this.phrases = phrases;
        this.supportChat = supportChat;
        this.outbox = bot.store();
        this.clock = clock;
    }

    /** The sender that delivers the outbox from this instance now; null while another instance sends it. */
    void deliverWith(OutboxSender sender) {
        this.sender = sender;
    }

    /** Something was queued: the sender, if it runs here, looks at once (another instance's looks within a second). */
    private void wakeSender() {
        OutboxSender now = sender;
        if (now != null) {
            now.wake();
        }
    }

    /** Queues the update behind its chat's earlier ones; the future completes once it is handled. */
    CompletableFuture<Void> dispatch(Update update) {
        Inbound inbound;
        try {
            inbound = reader.read(update);
        } catch (RuntimeException e) {
            log.warn("update {} could not be read, ignored: {}", update.updateId(), Redaction.escaped(e.toString()));
            return CompletableFuture.completedFuture(null);
        }
        if (inbound instanceof Inbound.ToBot toBot) {
            return queues.submit(toBot.chatId(), () -> handle(toBot));
        }
        if (inbound instanceof Inbound.NotRelayed notRelayed) {
            return queues.submit(notRelayed.supportChatId(), () -> queueForSupport(notRelayed.conversation(),
                    phrases.say(Phrase.SUPPORT_TEXT_ONLY)));
        }
        Inbound.Ignored ignored = (Inbound.Ignored) inbound;
        if (ignored.callbackId() != null) {
            // A button press the bot cannot use still gets its answer: otherwise the button spins.
            api.tryOnce(new AnswerCallbackQuery(ignored.callbackId()));
        }
        log.debug("update {} ignored: {}", update.updateId(), ignored.why());
        return CompletableFuture.completedFuture(null);
    }

    private void handle(Inbound.ToBot in) {
        if (in.callbackId() != null) {
            // Telegram shows a spinner on the button until this arrives: answer before the slower work.
            api.tryOnce(new AnswerCallbackQuery(in.callbackId()));
        }
        Bot.Handled handled = untilStored(() -> bot.queue(in.event(), in.updateId(), reply -> address(in, reply)));
        wakeSender();
        if (in.pressedMessageId() != null && handled.applied()) {
            // The pressed keyboard has done its job: take it off its message.
            api.tryOnce(new EditMessageReplyMarkup(in.chatId(), in.pressedMessageId()).replyMarkup(new InlineKeyboardMarkup()));
        }
    }

    /**
     * Runs {@code work} until the store takes it. While saves fail (a full disk, a database that is down) the
     * update is not confirmed to Telegram (polling's offset stays below it, the webhook's answer waits) and the
     * chat's later updates wait behind it in order; it is answered, once, when the store is back.
     */
    private <T> T untilStored(Supplier<T> work) {
        for (int failures = 0; ; failures++) {
            try {
                return work.get();
            } catch (StoreUnavailableException e) {
                if (closing) {
                    throw e;   // not confirmed: Telegram hands it in again after the restart
                }
                try {
                    Thread.sleep(Math.min(STORE_RETRY_MAX_MS, 100L << Math.min(failures, 6)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A reply for the support chat starts with the line naming the conversation; an attachment follows it. */
    private static Outgoing address(Inbound.ToBot in, Reply reply) {
        if (!reply.forSupport()) {
            return Outgoing.of(reply);
        }
        long attachment = in.event().input() instanceof Event.Input.Attachment ? in.event().messageId() : 0;
        return new Outgoing(reply, SupportThread.header(in.event().key(), in.sender()), attachment);
    }

    /**
     * Telegram refused a reply for good. In the support chat, nobody there will ever see this user: the
     * conversation is told so (and the user pointed elsewhere). In the user's chat during a hand-off (the
     * user blocked the bot or deleted the chat), the agent should know the answer went nowhere.
     */
    void refused(Queued q) {
        Reply reply = q.outgoing().reply();
        // In the chat's own line, like its updates: the session must not change under a message being handled.
        queues.submit(SupportThread.chatOf(q.key()), () -> {
            if (reply.forSupport()) {
                untilStored(() -> bot.queue(Event.supportUnreachable(q.key(), clock.instant()), -1, Outgoing::of));
            } else if (reply.state() == State.HANDED_OFF && supportChat.isPresent()) {
                queueForSupport(q.key(), phrases.say(Phrase.RELAY_NOT_DELIVERED));
            }
            wakeSender();
        });
    }

    private void queueForSupport(ConversationKey key, String text) {
        Reply notice = new Reply(text, List.of(), null, null, State.HANDED_OFF, Reply.Audience.SUPPORT);
        untilStored(() -> {
            outbox.enqueue(key, List.of(new Outgoing(notice, SupportThread.header(key, null), 0)), clock.instant());
            return null;
        });
        wakeSender();
    }

    @Override
    public void close() {
        closing = true;
        queues.close();
    }
}
