/**
 * The console channel: a chat for a person in a terminal ({@code chat}), and the same chat as JSON lines
 * for tools ({@code chat --jsonl}). It only translates lines to events and replies to text.
 */
package supportbot.channel.console;
