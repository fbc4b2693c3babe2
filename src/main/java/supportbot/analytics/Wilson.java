package supportbot.analytics;

/**
 * The Wilson score interval for a success rate: with few tries it stays wide and inside 0..1, where the
 * plain "k of n ± 1.96 standard errors" would claim 0 % or 100 % after one try.
 */
public record Wilson(double rate, double low, double high) {
    private static final double Z = 1.959964;   // 95 %

    public static Wilson of(long successes, long tries) {
        // A "fixed" withdrawn inside the period but given before it can leave a count below zero.
        successes = Math.max(0, Math.min(successes, tries));
        if (tries <= 0) {
            return new Wilson(0, 0, 1);
        }
        double p = (double) successes / tries;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * tries)) / (1 + z2 / tries);
        double half = Z * Math.sqrt(p * (1 - p) / tries + z2 / (4.0 * tries * tries)) / (1 + z2 / tries);
        return new Wilson(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
