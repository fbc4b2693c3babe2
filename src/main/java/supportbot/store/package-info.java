/** Where sessions are kept between messages: a small {@link supportbot.store.SessionStore} and its implementations. */
package supportbot.store;
