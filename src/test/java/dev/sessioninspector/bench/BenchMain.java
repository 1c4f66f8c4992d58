package dev.sessioninspector.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/** Runs the JMH benchmarks; arguments are JMH's (e.g. {@code EntropyBenchmark -wi 2 -i 3 -f 1}). */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new CommandLineOptions(args.length == 0 ? new String[] {"EntropyBenchmark"} : args)).run();
    }
}
