package dev.sessioninspector.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The benchmark JVM's CPU time per operation (all its threads: the benchmark's, the parallel streams', the JIT's
 * and the GC's), beside JMH's wall-clock time. On this shared 2-core machine the wall time of a multi-threaded
 * benchmark follows the other builds' load; CPU time much less so. Use with {@code -prof
 * dev.sessioninspector.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private long cpuAtStart;
    private long wallAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation (ms/op) and the cores busy on average";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = cpuNanos();
        wallAtStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpu = cpuNanos() - cpuAtStart;
        long wall = System.nanoTime() - wallAtStart;
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult("cpu.time", cpu / 1e6 / ops, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.cores", cpu / (double) Math.max(1, wall), "cores", AggregationPolicy.AVG));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
