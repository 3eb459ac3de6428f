package io.tributary.customers.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall time, CPU time of the whole process (all threads, the collector's included) and collector time of one phase
 * of a benchmark. On a shared machine the wall time depends on the other processes; the CPU time much less.
 */
record Phase(long wallStart, long cpuStart, long gcStart) {

    record Took(long wallMs, long cpuMs, long gcMs) {
        @Override
        public String toString() {
            return wallMs + " ms (CPU " + cpuMs + " ms, collector " + gcMs + " ms)";
        }
    }

    static Phase start() {
        return new Phase(System.nanoTime(), processCpuNanos(), gcMillis());
    }

    Took stop() {
        return new Took((System.nanoTime() - wallStart) / 1_000_000, (processCpuNanos() - cpuStart) / 1_000_000,
            gcMillis() - gcStart);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
