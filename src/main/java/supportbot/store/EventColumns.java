package supportbot.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import supportbot.dialog.Attempt;
import supportbot.dialog.Ending;
import supportbot.dialog.Step;

/**
 * The event log's typed values as the columns hold them: answered fixes as "fix-id:RESULT,...", endings as
 * "NAME,...". A value another version wrote that this one does not know is left out, not a failure.
 */
final class EventColumns {
    private static final String REOPENED = "REOPENED";

    private EventColumns() {
    }

    /** The answered fixes, with a withdrawn "fixed" written as "fix-id:REOPENED" before them. */
    static String answered(List<Step.Answered> answered, List<String> reopened) {
        List<String> items = new ArrayList<>();
        reopened.forEach(fixId -> items.add(fixId + ":" + REOPENED));
        answered.forEach(a -> items.add(a.fixId() + ":" + a.result().name()));
        return items.isEmpty() ? null : String.join(",", items);
    }

    static List<String> reopened(String column) {
        return column == null ? List.of() : Arrays.stream(column.split(","))
                .filter(one -> one.endsWith(":" + REOPENED))
                .map(one -> one.substring(0, one.length() - REOPENED.length() - 1)).toList();
    }

    static List<Step.Answered> answered(String column) {
        List<Step.Answered> answered = new ArrayList<>();
        if (column == null) {
            return answered;
        }
        for (String one : column.split(",")) {
            int colon = one.lastIndexOf(':');
            String result = colon > 0 ? one.substring(colon + 1) : "";
            if (Arrays.stream(Attempt.Result.values()).anyMatch(r -> r.name().equals(result))) {
                answered.add(new Step.Answered(one.substring(0, colon), Attempt.Result.valueOf(result)));
            }
        }
        return answered;
    }

    static String endings(List<Ending> endings) {
        return endings.isEmpty() ? null : endings.stream().map(Ending::name).collect(Collectors.joining(","));
    }

    static List<Ending> endings(String column) {
        return column == null ? List.of() : Arrays.stream(column.split(","))
                .filter(name -> Arrays.stream(Ending.values()).anyMatch(e -> e.name().equals(name)))
                .map(Ending::valueOf).toList();
    }
}
