/**
 * What the bot's two HTTP servers (the webhook and the admin port) share to stay open to their real
 * clients when others are slow, greedy or guessing: a guard on Jetty's connections and a tally that logs
 * how often something happened instead of a line each time.
 */
package supportbot.http;
