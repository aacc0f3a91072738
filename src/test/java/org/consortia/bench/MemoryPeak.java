package org.consortia.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** The highest resident memory of the application while something runs, sampled every 100 ms. */
final class MemoryPeak {

    private MemoryPeak() {}

    record Sampled<T>(T result, long peakMegabytes) {}

    static <T> Sampled<T> during(LongSupplier residentMegabytes, Callable<T> work) throws Exception {
        AtomicLong peak = new AtomicLong(residentMegabytes.getAsLong());
        Thread sampler = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(residentMegabytes.getAsLong(), Math::max);
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            T result = work.call();
            return new Sampled<>(result, Math.max(peak.get(), residentMegabytes.getAsLong()));
        } finally {
            sampler.interrupt();
            sampler.join();
        }
    }
}
