package supportbot.dialog;

import java.util.Optional;
import supportbot.knowledge.KnowledgeBase;

/**
 * What the questions' rules work with: the knowledge, its words, the replies, the plan of fixes, the hand-off,
 * and the state table itself, for a question asked on top of another that hands an answer down to it.
 */
record Parts(KnowledgeBase knowledge, Prompts prompts, Replies replies, FixPlan plan, Handoff handoff, DialogSettings settings,
             Table table) {

    /** The state table: every question's declaration, and the fallback. */
    interface Table {
        /** The answer at the question the session asks: its declaration's rule, else the fallback's. */
        Outcome apply(Session s, Answer answer, Said said);

        /** Only the question's own rule for the answer, if it has one. */
        Optional<Outcome> declared(Session s, Answer answer, Said said);
    }
}
