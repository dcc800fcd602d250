package io.framing.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Heap and task memory of the driver JVM (which in local mode is also the executor) per phase
 * of a run. A daemon thread samples {@code MemoryMXBean} heap used every {@link #PERIOD_MS} ms
 * (the peak of what the heap held, garbage included), and the heap pools' usage after the last
 * collection ({@code MemoryPoolMXBean.getCollectionUsage}, summed: the live data a collection
 * could not free, which is what must stay bounded). A Spark listener keeps the largest
 * {@code peakExecutionMemory} of any task (Spark's own count of sort, aggregation and shuffle
 * buffers). Phases are sequential: {@link #begin} resets, {@link #end} reads.
 */
final class PhaseMonitor implements AutoCloseable {
  static final long PERIOD_MS = 20;
  private static final long MB = 1 << 20;

  private final List<MemoryPoolMXBean> heapPools;
  private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong peakTaskMemory = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;
  private long gcCountAtBegin;
  private long gcMillisAtBegin;
  private long startNanos;

  /** What one phase used. */
  record Phase(String name, double seconds, long peakUsedBytes, long peakLiveBytes, long peakTaskExecutionBytes,
      long gcCount, long gcMillis, long maxHeapBytes) {
    String describe() {
      return String.format("%-8s %8.1f s   peak heap used %5d MB   peak live heap after GC %5d MB   "
              + "peak task execution memory %4d MB   GC %d collections, %.1f s   (max heap %d MB)",
          name, seconds, peakUsedBytes / MB, peakLiveBytes / MB, peakTaskExecutionBytes / MB, gcCount,
          gcMillis / 1000.0, maxHeapBytes / MB);
    }
  }

  PhaseMonitor(SparkContext spark) {
    heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    if (spark != null) {
      spark.addSparkListener(new SparkListener() {
        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
          if (end.taskMetrics() != null) {
            peakTaskMemory.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
          }
        }
      });
    }
    sampler = new Thread(this::sample, "framing-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      long live = 0;
      for (MemoryPoolMXBean p : heapPools) {
        MemoryUsage after = p.getCollectionUsage();
        if (after != null) {
          live += after.getUsed();
        }
      }
      peakLive.accumulateAndGet(live, Math::max);
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Starts a phase: a full collection first, so that one phase's garbage is not the next one's peak. */
  void begin() {
    System.gc();
    peakUsed.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    peakLive.set(0);
    peakTaskMemory.set(0);
    gcCountAtBegin = gcCount();
    gcMillisAtBegin = gcMillis();
    startNanos = System.nanoTime();
  }

  Phase end(String name) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    return new Phase(name, seconds, peakUsed.get(), peakLive.get(), peakTaskMemory.get(),
        gcCount() - gcCountAtBegin, gcMillis() - gcMillisAtBegin, Runtime.getRuntime().maxMemory());
  }

  private long gcCount() {
    return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(n -> n > 0).sum();
  }

  private long gcMillis() {
    return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(n -> n > 0).sum();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
