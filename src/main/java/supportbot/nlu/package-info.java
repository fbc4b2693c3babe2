/**
 * Natural-language understanding: one text normaliser, the OpenNLP document categoriser trained on
 * {@code models/train}, the classifier the dialog asks ("which intent is this?"), and the evaluator.
 */
package supportbot.nlu;
