package supportbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Orders fixes by a draw from what is known of their success (Thompson sampling): each fix gets a draw
 * from Beta(prior + worked, prior + failed), highest first. The prior is the knowledge base's order,
 * worth {@code priorWeight} outcomes: the i-th of n fixes starts at a success rate of (n - i) / (n + 1).
 * With few outcomes the draws mostly keep the written order; once a fix clearly works more often than
 * the ones above it, it comes first. Drawing (instead of sorting by the mean) keeps trying the others
 * now and then, so a fix that started badly can still show it works.
 */
public final class ThompsonOrder implements FixOrder {
    private final double priorWeight;

    public ThompsonOrder(double priorWeight) {
        this.priorWeight = priorWeight;
    }

    @Override
    public List<String> order(String intent, List<String> fixes, FixResults results, long seed) {
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(seed);
        return ranked(fixes, i -> belief(intent, fixes, i, results).createSampler(random).sample());
    }

    /**
     * The order the draws lean to, by the mean of each fix's belief: what the learned order is now, as the
     * dashboard shows it beside the written one.
     */
    public List<String> likeliest(String intent, List<String> fixes, FixResults results) {
        return ranked(fixes, i -> belief(intent, fixes, i, results).getMean());
    }

    private BetaDistribution belief(String intent, List<String> fixes, int i, FixResults results) {
        int n = fixes.size();
        double priorWorked = priorWeight * (n - i) / (n + 1);
        FixResults.Tally tally = results.of(intent, fixes.get(i));
        return BetaDistribution.of(priorWorked + tally.worked(), priorWeight - priorWorked + tally.failed());
    }

    private static List<String> ranked(List<String> fixes, java.util.function.IntToDoubleFunction score) {
        record Scored(String fixId, double score) {
        }
        List<Scored> scored = new ArrayList<>(fixes.size());
        for (int i = 0; i < fixes.size(); i++) {
            scored.add(new Scored(fixes.get(i), score.applyAsDouble(i)));
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).map(Scored::fixId).toList();
    }
}
