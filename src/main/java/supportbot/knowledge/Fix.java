package supportbot.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One troubleshooting fix from the article. {@code steps} is empty only when the branch is a
 * {@link Branch.ChooseVariant}, whose options carry their own steps.
 */
public record Fix(String id, String title, String why, List<String> steps, String details, Branch branch) {
    public Fix {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(branch, "branch");
        steps = List.copyOf(steps);
    }
}
