/**
 * What the bot knows, loaded from a knowledge pack's conf/knowledge.conf and the shared conf/phrases.conf,
 * and checked at start-up: the fixes with their steps and branches (and what each answer of a branch means),
 * the symptom intents with their order of fixes, and what the bot says, per symptom, topic and pack.
 */
package supportbot.knowledge;
