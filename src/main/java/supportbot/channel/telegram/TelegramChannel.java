package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.CopyMessage;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.pipeline.Bot;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;
import supportbot.dialog.State;
import supportbot.knowledge.Phrase;
import supportbot.knowledge.Phrases;

/**
 * One update's way in and the replies' way out. Updates of a chat are handled in order, chats in
 * parallel; a failing update is logged and the next one goes on.
 */
final class TelegramChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

    private final Bot bot;
    private final TelegramApi api;
    private final UpdateReader reader;
    private final ChatQueues queues;
    private final Phrases phrases;
    private final OptionalLong supportChat;

    TelegramChannel(Bot bot, TelegramApi api, UpdateReader reader, int workers, Phrases phrases, OptionalLong supportChat) {
        this.bot = bot;
        this.api = api;
        this.reader = reader;
        this.queues = new ChatQueues(workers);
        this.phrases = phrases;
        this.supportChat = supportChat;
    }

    /** Queues the update behind its chat's earlier ones; the future completes once it is handled. */
    CompletableFuture<Void> dispatch(Update update) {
        Inbound inbound;
        try {
            inbound = reader.read(update);
        } catch (RuntimeException e) {
            log.error("update {} could not be read", update.updateId(), e);
            return CompletableFuture.completedFuture(null);
        }
        if (inbound instanceof Inbound.ToBot toBot) {
            return queues.submit(toBot.chatId(), () -> handle(toBot));
        }
        if (inbound instanceof Inbound.NotRelayed notRelayed) {
            return queues.submit(notRelayed.supportChatId(), () -> send(notRelayed.supportChatId(),
                    List.of(new SendMessage(notRelayed.supportChatId(), phrases.say(Phrase.SUPPORT_TEXT_ONLY)))));
        }
        log.debug("update {} ignored: {}", update.updateId(), ((Inbound.Ignored) inbound).why());
        return CompletableFuture.completedFuture(null);
    }

    private void handle(Inbound.ToBot in) {
        if (in.callbackId() != null) {
            // Telegram shows a spinner on the button until this arrives: answer before the slower work.
            api.tryOnce(new AnswerCallbackQuery(in.callbackId()));
        }
        Bot.Handled handled = bot.handleUpdate(in.event(), in.updateId());
        if (in.pressedMessageId() != null && handled.applied()) {
            // The pressed keyboard has done its job: take it off its message.
            api.tryOnce(new EditMessageReplyMarkup(in.chatId(), in.pressedMessageId()).replyMarkup(new InlineKeyboardMarkup()));
        }
        boolean fromAgent = in.event().input() instanceof Event.Input.FromAgent;
        Delivery delivery = deliver(in, handled.replies());
        if (delivery.support() == Sent.REFUSED && !fromAgent) {
            // Telegram will not let the bot post in the support chat: nobody there will ever see this user.
            deliver(in, bot.handleUpdate(Event.supportUnreachable(in.event().key(), in.event().at()), -1).replies());
        } else if (delivery.support() == Sent.FAILED && !fromAgent) {
            // Perhaps only a passing outage: the hand-off stays, but the user should know to send it again.
            send(in.chatId(), List.of(new SendMessage(in.chatId(), phrases.say(Phrase.RELAY_DELAYED))));
        }
        if (delivery.user() == Sent.REFUSED && fromAgent && supportChat.isPresent()) {
            // The user blocked the bot or deleted the chat: the agent should know the answer went nowhere.
            long support = supportChat.getAsLong();
            send(support, ReplyRenderer.renderForSupport(support, SupportThread.header(in.event().key(), null),
                    new Reply(phrases.say(Phrase.RELAY_NOT_DELIVERED), List.of(), null, null, State.HANDED_OFF,
                            Reply.Audience.SUPPORT)));
        }
    }

    /**
     * The photo or file itself, below the line that introduces it (agents answer that line: a sticker
     * cannot carry the ref). A copy Telegram refuses (protected content) is only logged: the line says enough.
     */
    private void copyAttachment(Inbound.ToBot in, long supportChat) {
        try {
            api.send(supportChat, new CopyMessage(supportChat, in.chatId(), (int) in.event().messageId()));
        } catch (TelegramApi.TelegramException e) {
            log.warn("the user's attachment could not be copied to the support chat: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the replies to the user's chat and to the support chat went: the worst of each. */
    private record Delivery(Sent user, Sent support) {
    }

    /** Sends the replies to the user's chat and to the support chat. */
    private Delivery deliver(Inbound.ToBot in, List<Reply> replies) {
        Sent user = Sent.DELIVERED;
        Sent support = Sent.DELIVERED;
        for (Reply reply : replies) {
            if (!reply.forSupport()) {
                user = Sent.worse(user, send(in.chatId(), ReplyRenderer.render(in.chatId(), reply)));
            } else if (supportChat.isPresent()) {
                long chat = supportChat.getAsLong();
                String header = SupportThread.header(in.event().key(), in.sender());
                support = Sent.worse(support, send(chat, ReplyRenderer.renderForSupport(chat, header, reply)));
                if (in.event().input() instanceof Event.Input.Attachment && support == Sent.DELIVERED) {
                    copyAttachment(in, chat);
                }
            } else {
                log.warn("a message for the support chat, but none is set: {}", reply.state());
            }
        }
        return new Delivery(user, support);
    }

    /** How a send went, best first: a passing failure (network, 5xx after the retries, shutdown) is not a refusal. */
    private enum Sent {
        DELIVERED, FAILED, REFUSED;

        static Sent worse(Sent a, Sent b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    private Sent send(long chatId, List<SendMessage> messages) {
        for (SendMessage message : messages) {
            try {
                api.send(chatId, message);
            } catch (TelegramApi.TelegramException e) {
                log.error("a reply to chat {} was not delivered: {}", chatId, e.getMessage());
                return e.refused() ? Sent.REFUSED : Sent.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Sent.FAILED;
            }
        }
        return Sent.DELIVERED;
    }

    @Override
    public void close() {
        queues.close();
    }
}
