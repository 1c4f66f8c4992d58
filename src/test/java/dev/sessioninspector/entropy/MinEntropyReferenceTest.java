package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SP 800-90B estimators against the results NIST's reference implementation documents
 * (SP800-90B_EntropyAssessment, {@code cpp/selftest/refdata/truerand_4bit.res} and {@code truerand_8bit.res}: its
 * non-IID run on 10^6 4-bit and 8-bit samples of a true random source, read as 4,000,000 and 8,000,000 bits). The
 * input data itself is not shipped, so each estimator is fed the counts and statistics the run printed (mode count,
 * collision count and sum, Markov probabilities, compression mean and σ̂, the t-tuple and LRS p̂) and must give
 * the run's p_u, X̄′ and min-entropy. The collision figures are derived here: with times of 2 or 3 only, v times
 * summing to Σt hold Σt − 2v threes and 3v − Σt twos.
 */
class MinEntropyReferenceTest {
    /** One reference run's printed figures. */
    record Run(String name, long n, long mode, double mcv, long collisions, long collisionSum,
            double collisionLower, double collision, double[] markovP, double markov, double compressionMean,
            double compressionSigma, double compressionLower, double compression, double tupleP, double tuple,
            double lrsP, double lrs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static java.util.stream.Stream<Arguments> runs() {
        return java.util.stream.Stream.of(Arguments.of(new Run("truerand_4bit", 4_000_000, 2_000_573,
                0.99773038582215656, 1_600_177, 3_999_998, 2.4987040884494611, 0.92836094530468272,
                new double[] {0.49985675000000002, 0.50014325000000004, 0.49989797071759595, 0.5001020292824041,
                    0.4998158027725057, 0.5001841972274943}, 0.99946953975472053, 5.2184492903182935,
                1.0140889112328864, 5.2152477061344653, 0.90062659214175955, 0.52442120241726853, 0.9294337363877716,
                0.503991213112713, 0.98668739517592785)), Arguments.of(new Run("truerand_8bit", 8_000_000, 4_001_353,
                0.9981992801198275, 3_199_626, 8_000_000, 2.4995722134095013, 0.95840629541836875,
                new double[] {0.49983087500000001, 0.50016912499999999, 0.49985620132414821, 0.50014379867585179,
                    0.49980544080964612, 0.50019455919035383}, 0.99943930316686191, 5.2177128660275782,
                1.0157985743570803, 5.2154460395011881, 0.90423268189731187, 0.5231065809785963, 0.93356924430377786,
                0.50000543138094466, 0.99867108796455339)));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void mostCommonValueTupleAndLrsBoundTheirEstimatesAsTheReferenceDoes(Run r) {
        assertThat(MinEntropyEstimators.mostCommonValue(r.mode(), r.n())).isCloseTo(r.mcv(), within(1e-12));
        assertThat(MinEntropyEstimators.fromProbability(r.tupleP(), r.n())).isCloseTo(r.tuple(), within(1e-12));
        assertThat(MinEntropyEstimators.fromProbability(r.lrsP(), r.n())).isCloseTo(r.lrs(), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void collisionFromTheCountAndSumOfCollisionTimes(Run r) {
        long threes = r.collisionSum() - 2 * r.collisions();
        long twos = r.collisions() - threes;
        double sumSquares = 4.0 * twos + 9.0 * threes;
        double mean = r.collisionSum() / (double) r.collisions();
        double sigma = Math.sqrt((sumSquares - r.collisions() * mean * mean) / (r.collisions() - 1));
        assertThat(MinEntropyEstimators.lowerBound(mean, sigma, r.collisions())).isCloseTo(r.collisionLower(),
                within(1e-12));
        assertThat(MinEntropyEstimators.collision(r.collisions(), r.collisionSum(), sumSquares))
                .isCloseTo(r.collision(), within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void markovFromTheTransitionProbabilities(Run r) {
        double[] p = r.markovP();
        assertThat(MinEntropyEstimators.markov(p[0], p[1], p[2], p[3], p[4], p[5])).isCloseTo(r.markov(),
                within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void compressionSolvesForTheSameProbability(Run r) {
        int blocks = (int) (r.n() / 6);
        long nu = blocks - 1000;
        assertThat(MinEntropyEstimators.lowerBound(r.compressionMean(), r.compressionSigma(), nu))
                .isCloseTo(r.compressionLower(), within(1e-12));
        assertThat(MinEntropyEstimators.compression(r.compressionLower(), blocks)).isCloseTo(r.compression(),
                within(1e-6));
    }
}
