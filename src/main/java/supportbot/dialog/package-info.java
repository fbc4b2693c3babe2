/**
 * The conversation as a pure function: {@link supportbot.dialog.DialogEngine#handle} takes the
 * {@link supportbot.dialog.Session} and an {@link supportbot.dialog.Event} and returns the next session
 * and the replies. No I/O, no clock, no statics: channels translate, the store stores. The state
 * diagram is docs/dialog.mmd.
 */
package supportbot.dialog;
