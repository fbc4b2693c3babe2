package supportbot.channel.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.ArrayList;
import java.util.List;
import supportbot.dialog.Button;
import supportbot.dialog.Reply;

/** A {@link Reply} as Telegram messages: text split under Telegram's 4096-character limit, buttons on the last part. */
final class ReplyRenderer {
    static final int MAX_TEXT = 4096;
    /** Short labels sit two to a row; longer ones get a row each so they are not cut off on a phone. */
    private static final int SHORT_LABEL = 20;
    /** A support header's longest: the ref, three names of 64 characters and an id fit well within it. */
    static final int MAX_HEADER = 512;

    private ReplyRenderer() {
    }

    static List<SendMessage> render(long chatId, Reply reply) {
        List<String> parts = split(reply.text(), MAX_TEXT);
        List<SendMessage> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SendMessage message = new SendMessage(chatId, parts.get(i));
            if (i == parts.size() - 1 && !reply.buttons().isEmpty()) {
                message.replyMarkup(keyboard(reply.buttons()));
            }
            messages.add(message);
        }
        return messages;
    }

    /**
     * A reply for the support chat: every part starts with {@code header} (the conversation's ref line), so
     * an agent can answer any part of a long message.
     */
    static List<SendMessage> renderForSupport(long chatId, String header, Reply reply) {
        // Names in the header are cut when it is made; a header stored before that must not leave no room.
        String line = header.length() <= MAX_HEADER ? header : cut(header, MAX_HEADER) + "…";
        return split(reply.text(), MAX_TEXT - line.length() - 1).stream()
                .map(part -> new SendMessage(chatId, line + "\n" + part))
                .toList();
    }

    static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        boolean allShort = buttons.stream().allMatch(b -> b.label().length() <= SHORT_LABEL);
        int perRow = allShort ? 2 : 1;
        for (int i = 0; i < buttons.size(); i += perRow) {
            List<InlineKeyboardButton> row = new ArrayList<>();
            for (Button b : buttons.subList(i, Math.min(i + perRow, buttons.size()))) {
                row.add(new InlineKeyboardButton(b.label()).callbackData(b.data()));
            }
            markup.addRow(row.toArray(InlineKeyboardButton[]::new));
        }
        return markup;
    }

    /** The first {@code max} characters of {@code text} at most, not ending inside a surrogate pair (an emoji). */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** Cuts at the last paragraph or line break (or space) before the limit, never inside a surrogate pair. */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf("\n\n", limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf('\n', limit);
            }
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = Character.isLowSurrogate(rest.charAt(limit)) ? limit - 1 : limit;
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
