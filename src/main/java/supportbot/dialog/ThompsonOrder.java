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
        int n = fixes.size();
        record Drawn(String fixId, double score) {
        }
        List<Drawn> drawn = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double priorWorked = priorWeight * (n - i) / (n + 1);
            FixResults.Tally tally = results.of(intent, fixes.get(i));
            BetaDistribution belief = BetaDistribution.of(priorWorked + tally.worked(), priorWeight - priorWorked + tally.failed());
            drawn.add(new Drawn(fixes.get(i), belief.createSampler(random).sample()));
        }
        return drawn.stream().sorted(Comparator.comparingDouble(Drawn::score).reversed()).map(Drawn::fixId).toList();
    }
}
