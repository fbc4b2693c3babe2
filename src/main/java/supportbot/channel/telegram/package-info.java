/**
 * The Telegram channel on the pengrad client: long polling or a webhook brings updates in, they become
 * events for the {@link supportbot.app.Bot}, and replies go out as messages with inline keyboards.
 * It translates and delivers, nothing else: ordering per chat, retries, 429s and send limits live here,
 * conversation rules do not.
 *
 * <p>Rules for what Telegram sends besides plain text: stickers, photos, voice and files get a request
 * to describe the problem in words; edited messages are not re-read (they are not even requested);
 * in groups the bot answers only commands, replies to its own messages and messages that mention it,
 * and each member has their own conversation.
 */
package supportbot.channel.telegram;
