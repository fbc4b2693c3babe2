package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.app.Bot;
import supportbot.dialog.Reply;

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
    private final String notText;
    private final OptionalLong supportChat;

    TelegramChannel(Bot bot, TelegramApi api, UpdateReader reader, int workers, String notText, OptionalLong supportChat) {
        this.bot = bot;
        this.api = api;
        this.reader = reader;
        this.queues = new ChatQueues(workers);
        this.notText = notText;
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
        if (inbound instanceof Inbound.NotText notTextMessage) {
            return queues.submit(notTextMessage.chatId(), () -> send(notTextMessage.chatId(),
                    List.of(new SendMessage(notTextMessage.chatId(), notText))));
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
        for (Reply reply : handled.replies()) {
            if (!reply.forSupport()) {
                send(in.chatId(), ReplyRenderer.render(in.chatId(), reply));
            } else if (supportChat.isPresent()) {
                long support = supportChat.getAsLong();
                String header = SupportThread.header(in.event().key(), in.sender());
                send(support, ReplyRenderer.renderForSupport(support, header, reply));
            } else {
                log.warn("a message for the support chat, but none is set: {}", reply.state());
            }
        }
    }

    private void send(long chatId, List<SendMessage> messages) {
        for (SendMessage message : messages) {
            try {
                api.send(chatId, message);
            } catch (TelegramApi.TelegramException e) {
                log.error("a reply to chat {} was not delivered: {}", chatId, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        queues.close();
    }
}
