package io.framing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Heap and task memory of the driver JVM (which in local mode is also the executor) per phase
 * of a run. A daemon thread samples {@code MemoryMXBean} heap used every {@link #PERIOD_MS} ms
 * (the peak of what the heap held, garbage included). At a phase's end a full collection is
 * forced, through the JVM's {@code GC.class_histogram} diagnostic command (what {@code jcmd
 * <pid> GC.class_histogram} runs), and the heap used after it is the phase's <em>live heap</em>:
 * what the JVM still holds once the phase is over, the figure that must not grow with the corpus.
 * The histogram itself is written to {@code histogramDir} when one is given, to compare two sizes
 * class by class. The heap pools' usage after young and mixed collections
 * ({@code MemoryPoolMXBean.getCollectionUsage}) is not used: the old generation's figure there
 * includes garbage no collection has visited yet, so it grows with a phase's length. A Spark
 * listener keeps the largest {@code peakExecutionMemory} of any task (Spark's own count of sort,
 * aggregation and shuffle buffers). Phases are sequential: {@link #begin} resets, {@link #end}
 * reads. Not thread-safe: one caller drives the phases.
 */
final class PhaseMonitor implements AutoCloseable {
  static final long PERIOD_MS = 20;
  private static final long MB = 1 << 20;

  private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakTaskMemory = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;
  private long gcCountAtBegin;
  private long gcMillisAtBegin;
  private long startNanos;
  private final Path histogramDir;

  /** What one phase used. */
  record Phase(String name, double seconds, long peakUsedBytes, long liveAfterFullGcBytes,
      long peakTaskExecutionBytes, long gcCount, long gcMillis, long maxHeapBytes) {
    String describe() {
      return String.format("%-9s %8.1f s   live heap after full GC at end %5d MB   peak heap used %5d MB   "
              + "peak task execution memory %4d MB   GC %d collections, %.1f s   (max heap %d MB)",
          name, seconds, liveAfterFullGcBytes / MB, peakUsedBytes / MB, peakTaskExecutionBytes / MB, gcCount,
          gcMillis / 1000.0, maxHeapBytes / MB);
    }
  }

  PhaseMonitor(SparkContext spark) {
    this(spark, null);
  }

  /** {@code histogramDir}: where each phase's class histogram goes ({@code NAME.histogram.txt}); null for none. */
  PhaseMonitor(SparkContext spark, Path histogramDir) {
    this.histogramDir = histogramDir;
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
    peakTaskMemory.set(0);
    gcCountAtBegin = gcCount();
    gcMillisAtBegin = gcMillis();
    startNanos = System.nanoTime();
  }

  /** Ends a phase: reads its peaks, then forces a full collection and reads the live heap. */
  Phase end(String name) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    long gcs = gcCount() - gcCountAtBegin;
    long gcMs = gcMillis() - gcMillisAtBegin;
    String histogram = classHistogram();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    if (histogramDir != null) {
      try {
        Files.createDirectories(histogramDir);
        Files.writeString(histogramDir.resolve(name + ".histogram.txt"), histogram);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the class histogram of " + name + " to " + histogramDir, e);
      }
    }
    return new Phase(name, seconds, peakUsed.get(), live, peakTaskMemory.get(), gcs, gcMs,
        Runtime.getRuntime().maxMemory());
  }

  /**
   * The class histogram of the live heap, through the {@code DiagnosticCommand} MBean (as {@code
   * jcmd GC.class_histogram}); the command runs a full, stop-the-world collection first.
   */
  static String classHistogram() {
    try {
      ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
      return (String) ManagementFactory.getPlatformMBeanServer().invoke(command, "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
    } catch (JMException e) {
      throw new IllegalStateException("the JVM's GC.class_histogram diagnostic command failed", e);
    }
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
