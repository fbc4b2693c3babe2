package supportbot.dialog;

import java.util.List;

/** Puts a problem's fixes in the order they are offered. */
public interface FixOrder {

    /**
     * @param fixes   the problem's fixes in the knowledge base's order
     * @param results how the fixes have done so far (the event's track record)
     * @param seed    picks the draw, for orders that draw at random: the same seed gives the same order
     */
    List<String> order(String intent, List<String> fixes, FixResults results, long seed);

    /** The order written in the knowledge base. */
    FixOrder AS_WRITTEN = (intent, fixes, results, seed) -> fixes;
}
