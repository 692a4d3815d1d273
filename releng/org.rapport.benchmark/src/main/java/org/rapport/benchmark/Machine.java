// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a benchmark ran on, printed under its table: figures mean little without it. */
final class Machine {

  private Machine() {
  }

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return String.format("Machine: %s, %d processors available to Java, %.1f GB memory; %s %s (%s); Java %s (%s), max heap %d MB",
        cpuModel().orElse("CPU model unknown"), runtime.availableProcessors(), totalMemoryGigabytes(), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), runtime.maxMemory() / (1024 * 1024));
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static double totalMemoryGigabytes() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }
    return Double.NaN;
  }
}
