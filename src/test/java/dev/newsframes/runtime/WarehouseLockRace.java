package dev.newsframes.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/**
 * Reliability harness, not a test: races two processes for {@link WarehouseLock} and counts the
 * rounds that do not have exactly one winner; and shows whether a lock whose holder died is ever
 * given up.
 *
 * <p>{@code race N DIR}: starts two worker JVMs on this class path (long-lived, so JVM and Hadoop
 * start-up do not spread the contenders apart). For each round the coordinator sends both a start
 * instant 3 ms ahead; each worker spins until that instant, then calls {@link
 * WarehouseLock#acquire} on the warehouse {@code DIR/r<round>} and answers won, lost or error. A
 * fresh warehouse per round, never released during the round, so a late loser cannot win
 * legitimately. Prints one line per round that had 0 or 2 winners, then a summary line.
 *
 * <p>{@code dead-holder DIR}: a child JVM takes the lock on {@code DIR} and halts without releasing
 * it (as kill -9 would); then this process tries to acquire it and prints whether it was refused,
 * and whether the holder named in the lock is alive.
 */
public final class WarehouseLockRace {
  private static final Duration LEAD = Duration.ofMillis(3);

  private WarehouseLockRace() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "race" -> race(Integer.parseInt(args[1]), Path.of(args[2]));
      case "worker" -> worker(args[1], Path.of(args[2]));
      case "dead-holder" -> deadHolder(Path.of(args[1]));
      case "hold-and-halt" -> holdAndHalt(Path.of(args[1]));
      default -> {
        System.err.println("usage: WarehouseLockRace race N DIR | dead-holder DIR");
        System.exit(2);
      }
    }
  }

  private static void race(int rounds, Path dir) throws Exception {
    Files.createDirectories(dir);
    Worker a = Worker.start("a", dir);
    Worker b = Worker.start("b", dir);
    // round 0 warms up class loading and the Hadoop file system; it is not counted
    int both = 0;
    int none = 0;
    int errors = 0;
    long start = System.nanoTime();
    for (int round = 0; round <= rounds; round++) {
      Instant at = Instant.now().plus(LEAD);
      String go = round + " " + at.getEpochSecond() + " " + at.getNano();
      a.send(go);
      b.send(go);
      String ra = a.answer();
      String rb = b.answer();
      if (round == 0) {
        deleteTree(dir.resolve("r0"));
        continue;
      }
      int winners = (ra.endsWith(" won") ? 1 : 0) + (rb.endsWith(" won") ? 1 : 0);
      if (ra.contains(" error") || rb.contains(" error")) {
        errors++;
        System.out.println("round " + round + ": error: " + ra + " | " + rb);
      } else if (winners == 2) {
        both++;
        String holder = Files.readString(dir.resolve("r" + round).resolve("_lock")).strip();
        System.out.println("round " + round + ": 2 winners; the lock file names " + holder);
      } else if (winners == 0) {
        none++;
        System.out.println("round " + round + ": 0 winners: " + ra + " | " + rb);
      }
      deleteTree(dir.resolve("r" + round));
    }
    a.stop();
    b.stop();
    System.out.printf(
        "lock race: %d rounds, %d with 2 winners, %d with 0 winners, %d with errors, "
            + "%d with exactly 1 (%.1f s)%n",
        rounds,
        both,
        none,
        errors,
        rounds - both - none - errors,
        (System.nanoTime() - start) / 1e9);
  }

  private static void worker(String name, Path dir) throws IOException {
    Configuration conf = new Configuration();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    WarehouseLock won = null;
    for (String line; (line = in.readLine()) != null; ) {
      if (won != null) {
        // held through its round (an unreachable lock could be released by the garbage collector)
        won.close();
        won = null;
      }
      String[] f = line.split(" ");
      String round = f[0];
      Instant at = Instant.ofEpochSecond(Long.parseLong(f[1]), Long.parseLong(f[2]));
      while (Instant.now().isBefore(at)) {
        Thread.onSpinWait();
      }
      String result;
      try {
        won =
            WarehouseLock.acquire(conf, dir.resolve("r" + round).toString(), name + round, "race");
        result = "won";
      } catch (WarehouseLock.LockedException e) {
        result = "lost";
      } catch (RuntimeException e) {
        result = "error " + String.valueOf(e).replaceAll("\\s+", " ");
      }
      out.println(name + " " + round + " " + result);
    }
  }

  private static void deadHolder(Path dir) throws Exception {
    Files.createDirectories(dir);
    Process p =
        new ProcessBuilder(javaCommand("hold-and-halt", dir.toString()))
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int code = p.waitFor();
    long pid = p.pid();
    System.out.println(
        "holder process "
            + pid
            + " took the lock and halted with code "
            + code
            + " ("
            + said
            + ")");
    System.out.println(
        "holder alive now: " + ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    System.out.println("_lock left behind: " + Files.exists(dir.resolve("_lock")));
    try (WarehouseLock lock =
        WarehouseLock.acquire(new Configuration(), dir.toString(), "after", "dead-holder")) {
      System.out.println("dead-holder: a new run acquired the lock (stale lock recovered)");
    } catch (WarehouseLock.LockedException e) {
      System.out.println("dead-holder: a new run is refused: " + e.getMessage());
    }
  }

  private static void holdAndHalt(Path dir) {
    WarehouseLock.acquire(new Configuration(), dir.toString(), "holder", "hold-and-halt");
    System.out.println("holding " + dir.resolve("_lock"));
    System.out.flush();
    Runtime.getRuntime().halt(137);
  }

  private static List<String> javaCommand(String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(WarehouseLockRace.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

  /** A worker JVM driven over its stdin and stdout. */
  private record Worker(Process process, PrintStream in, BufferedReader out) {
    static Worker start(String name, Path dir) throws IOException {
      Process p =
          new ProcessBuilder(javaCommand("worker", name, dir.toString()))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      return new Worker(
          p,
          new PrintStream(p.getOutputStream(), true, StandardCharsets.UTF_8),
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    }

    void send(String line) {
      in.println(line);
    }

    String answer() {
      try {
        String line = out.readLine();
        if (line == null) {
          throw new IllegalStateException("worker exited");
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void stop() throws InterruptedException {
      in.close();
      process.waitFor();
    }
  }
}
