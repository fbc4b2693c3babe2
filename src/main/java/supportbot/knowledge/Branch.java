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

    /**
     * Ask first which variant applies (e.g. the iPhone model), then show that variant's steps after
     * {@code chosen} ("Here's how to restart that model:"). {@code mentioned}, when set, finds where a
     * description names an option ("my iPhone 15 Pro won't back up": its first group is "15 pro"): then the
     * question is not asked. Null: always asked.
     */
    record ChooseVariant(String question, String chosen, List<Variant> variants, Pattern mentioned) implements Branch {
        public ChooseVariant {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(chosen, "chosen");
            variants = List.copyOf(variants);
        }

        /** The one option the words name where they mention one ("iphone 13 pro"), if any. */
        public Optional<Variant> named(String normalizedText) {
            if (mentioned == null) {
                return Optional.empty();
            }
            java.util.regex.Matcher m = mentioned.matcher(normalizedText);
            return m.find() ? matching(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group()) : Optional.empty();
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

    /**
     * Show the steps, then ask a yes/no question. One answer ({@code waitOnYes}) means nothing on the phone
     * can help now, only waiting ("the status dot isn't green"): the bot says {@code waitText} and offers to wait
     * or keep trying, and the answer counts for the fix as {@code waitCounts}. The other answer says
     * {@code goOnText} and moves to the next fix; it counts as the fix having failed.
     */
    record Check(String question, String yes, String no, List<Pattern> yesMatches, List<Pattern> noMatches,
                 boolean waitOnYes, String waitText, Counts waitCounts, String goOnText) implements Branch {
        public Check {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(yes, "yes");
            Objects.requireNonNull(no, "no");
            Objects.requireNonNull(waitText, "waitText");
            Objects.requireNonNull(waitCounts, "waitCounts");
            Objects.requireNonNull(goOnText, "goOnText");
            yesMatches = List.copyOf(yesMatches);
            noMatches = List.copyOf(noMatches);
        }

        /** Whether this answer to the question means waiting. */
        public boolean waits(boolean yes) {
            return yes == waitOnYes;
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

    /** What an answer says about whether the fix worked, for the learned order of fixes. */
    enum Counts { WORKED, FAILED, NEITHER }

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
