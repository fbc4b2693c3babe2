package supportbot.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** What turns a fix from a plain list of steps into a small decision. */
public sealed interface Branch {

    /** Steps, then "did that fix it?". */
    record Plain() implements Branch {
    }

    /** Ask first which variant applies (e.g. the iPhone model), then show that variant's steps. */
    record ChooseVariant(String question, List<Variant> variants) implements Branch {
        public ChooseVariant {
            Objects.requireNonNull(question, "question");
            variants = List.copyOf(variants);
        }

        public Optional<Variant> variant(String id) {
            return variants.stream().filter(v -> v.id().equals(id)).findFirst();
        }

        /** The one variant a typed answer points to; empty when none or several match. */
        public Optional<Variant> matching(String normalizedText) {
            List<Variant> hits = variants.stream().filter(v -> v.matches(normalizedText)).toList();
            return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
        }
    }

    /** Show the steps, then ask a yes/no question; "no" means the problem is not on the phone. */
    record Check(String question, String yes, String no, String onNo, List<Pattern> yesMatches, List<Pattern> noMatches)
            implements Branch {
        public Check {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(yes, "yes");
            Objects.requireNonNull(no, "no");
            Objects.requireNonNull(onNo, "onNo");
            yesMatches = List.copyOf(yesMatches);
            noMatches = List.copyOf(noMatches);
        }

        /** What typed words answer, when they say it plainly ("it's red"): true for yes, false for no. */
        public Optional<Boolean> answer(String normalizedText) {
            if (noMatches.stream().anyMatch(p -> p.matcher(normalizedText).find())) {
                return Optional.of(false);
            }
            if (yesMatches.stream().anyMatch(p -> p.matcher(normalizedText).find())) {
                return Optional.of(true);
            }
            return Optional.empty();
        }
    }

    /** Warn and ask first; "no" moves on without the steps. */
    record Confirm(String warning, String yes, String no) implements Branch {
        public Confirm {
            Objects.requireNonNull(warning, "warning");
            Objects.requireNonNull(yes, "yes");
            Objects.requireNonNull(no, "no");
        }
    }

    /** One option of a {@link ChooseVariant}. */
    record Variant(String id, String label, List<String> steps, List<Pattern> matches) {
        public Variant {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            steps = List.copyOf(steps);
            matches = List.copyOf(matches);
        }

        boolean matches(String normalizedText) {
            return matches.stream().anyMatch(p -> p.matcher(normalizedText).find());
        }
    }
}
