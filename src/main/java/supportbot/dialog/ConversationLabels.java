package supportbot.dialog;

import java.util.Set;

/**
 * The intent model's labels that are not symptoms: what the conversation itself does with them (see
 * {@link Action#ofConversationIntent} and {@link DescriptionReader}). Training data may use only these
 * besides the knowledge file's symptoms.
 */
public final class ConversationLabels {
    public static final Set<String> ALL = Set.of("greeting", "thanks", "help", "human", "out_of_scope", "unclear_problem");

    private ConversationLabels() {
    }
}
