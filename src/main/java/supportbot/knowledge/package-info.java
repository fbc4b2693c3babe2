/**
 * What the bot knows, loaded from conf/knowledge.conf and checked at start-up: the fixes with their
 * steps and branches, the symptom intents with their order of fixes, and what the bot says.
 */
package supportbot.knowledge;
