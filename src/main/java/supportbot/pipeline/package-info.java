/**
 * One message's way through the bot, whatever the channel: load the conversation, let the engine decide,
 * store the outcome (with the update id and the event log entry), then hand back the replies. Channels
 * depend on this; the wiring ({@code app}) builds it.
 */
package supportbot.pipeline;
