package dev.newsframes.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone Master and Workers on 127.0.0.1, each its own JVM started from a {@link
 * SparkHome} of Maven-resolved jars. {@link #start} returns once every Worker has registered;
 * {@link #close} stops the Workers (and so their executors) and the Master, forcibly if they do not
 * stop within seconds, and a JVM shutdown hook does the same if the test JVM exits first.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final String SPARK_LOCAL_IP = "127.0.0.1";
  private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

  /**
   * @param workers how many Worker JVMs
   * @param coresPerWorker cores each Worker offers (its executor takes them all)
   * @param memoryPerWorker memory each Worker offers its executors, e.g. {@code 2g}
   */
  record Options(int workers, int coresPerWorker, String memoryPerWorker) {}

  private final Path dir;
  private final Path sparkHome;
  private final int masterPort;
  private int masterWebUiPort; // the port asked for, then the one the Master bound
  private final List<Process> daemons = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "standalone-cluster-stop");

  private StandaloneCluster(Path dir, Path sparkHome, int masterPort, int masterWebUiPort) {
    this.dir = dir;
    this.sparkHome = sparkHome;
    this.masterPort = masterPort;
    this.masterWebUiPort = masterWebUiPort;
  }

  /**
   * Starts a Master and the Workers under {@code dir} (logs, pid files, work dirs, SPARK_HOME),
   * first killing what a previous cluster in {@code dir} left running (a test JVM killed before its
   * shutdown hook ran).
   */
  static StandaloneCluster start(Path dir, Options options) throws IOException {
    stopLeftovers(dir);
    Files.createDirectories(dir);
    Path home = SparkHome.create(dir.resolve("spark-home"), BuildOutputs.sparkJars());
    StandaloneCluster cluster = new StandaloneCluster(dir, home, freePort(), freePort());
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      cluster.launchMaster();
      // Workers start on random ports only once the Master holds its own: a Worker that took the
      // free port picked for the Master's web UI first left the Master on the next port and the
      // registration check asking a Worker (CI, 2026-12-04)
      cluster.awaitMasterWebUi();
      for (int i = 1; i <= options.workers(); i++) {
        cluster.launchWorker(i, options);
      }
      cluster.awaitWorkers(options.workers());
      return cluster;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:<port>}. */
  String masterUrl() {
    return "spark://" + SPARK_LOCAL_IP + ":" + masterPort;
  }

  /** The Master's web UI, {@code http://127.0.0.1:<port>}; its {@code /json/} lists the Workers. */
  String masterWebUi() {
    return "http://" + SPARK_LOCAL_IP + ":" + masterWebUiPort;
  }

  Path sparkHome() {
    return sparkHome;
  }

  /** Where daemon logs and Worker work dirs (executor stdout/stderr) are. */
  Path dir() {
    return dir;
  }

  /** Workers alive as the Master sees them. */
  int aliveWorkers() {
    Matcher m = ALIVE_WORKERS.matcher(masterState());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private void launchMaster() throws IOException {
    launch(
        "master",
        "org.apache.spark.deploy.master.Master",
        List.of(
            "--host", SPARK_LOCAL_IP,
            "--port", String.valueOf(masterPort),
            "--webui-port", String.valueOf(masterWebUiPort)));
  }

  /** A Worker on random ports, its executors' work dirs under {@code worker-<n>}. */
  private void launchWorker(int n, Options options) throws IOException {
    Path work = Files.createDirectories(dir.resolve("worker-" + n));
    launch(
        "worker-" + n,
        "org.apache.spark.deploy.worker.Worker",
        List.of(
            "--host",
            SPARK_LOCAL_IP,
            "--port",
            "0",
            "--webui-port",
            "0",
            "--cores",
            String.valueOf(options.coresPerWorker()),
            "--memory",
            options.memoryPerWorker(),
            "--work-dir",
            work.toString(),
            masterUrl()));
  }

  private void launch(String name, String mainClass, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // daemons only schedule; executors get spark.executor.memory
    cmd.add("-Xmx256m");
    cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-cp");
    cmd.add(sparkHome.resolve("jars") + "/*");
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_LOCAL_IP", SPARK_LOCAL_IP);
    // what a distribution's load-spark-env.sh sets; a Worker needs it to find jars/ when it builds
    // its executors' command
    env.put("SPARK_SCALA_VERSION", scalaBinaryVersion());
    env.put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local-" + name)).toString());
    env.remove("SPARK_CONF_DIR");
    Process p = pb.start();
    daemons.add(p);
    Files.writeString(dir.resolve(name + ".pid"), p.pid() + "\n", StandardCharsets.UTF_8);
  }

  /** Kills the daemons (and their executors) whose pid files are in {@code dir}, if still ours. */
  static void stopLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
        ProcessHandle.of(pid)
            .filter(h -> h.info().commandLine().orElse("").contains(dir.toString()))
            .ifPresent(
                h -> {
                  h.descendants().forEach(ProcessHandle::destroyForcibly);
                  h.destroyForcibly();
                });
        Files.delete(pidFile);
      }
    }
  }

  /** Waits until the Master's log says where its web UI started, and reads that port. */
  private void awaitMasterWebUi() throws IOException {
    Path log = dir.resolve("master.log");
    long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m =
          WEB_UI_STARTED.matcher(
              Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
      if (m.find()) {
        masterWebUiPort = Integer.parseInt(m.group(1));
        return;
      }
      for (Process p : daemons) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              "The Master exited with code " + p.exitValue() + "; logs in " + dir);
        }
      }
      sleep(Duration.ofMillis(200));
    }
    throw new IllegalStateException(
        "The Master's web UI did not start within " + REGISTRATION_TIMEOUT + "; logs in " + dir);
  }

  private static final Pattern WEB_UI_STARTED =
      Pattern.compile("MasterWebUI: Bound MasterWebUI to .*, and started at http://[^:]+:(\\d+)");

  private void awaitWorkers(int expected) {
    long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (Process p : daemons) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              "A cluster daemon exited with code " + p.exitValue() + "; logs in " + dir);
        }
      }
      if (aliveWorkers() >= expected) {
        return;
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        expected
            + " workers did not register with "
            + masterUrl()
            + " within "
            + REGISTRATION_TIMEOUT
            + "; logs in "
            + dir);
  }

  private String masterState() {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://" + SPARK_LOCAL_IP + ":" + masterWebUiPort + "/json/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
          .body();
    } catch (IOException e) {
      return ""; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while asking the Master for its workers", e);
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running this
    }
  }

  /** Workers first (each kills its executors), then the Master; stragglers are killed. */
  private synchronized void stopAll() {
    List<Process> reversed = new ArrayList<>(daemons);
    Collections.reverse(reversed);
    for (Process p : reversed) {
      List<ProcessHandle> children = p.descendants().toList();
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
      Stream.concat(children.stream(), p.descendants()).forEach(ProcessHandle::destroyForcibly);
    }
    daemons.clear();
  }

  static String scalaBinaryVersion() {
    String full = scala.util.Properties.versionNumberString();
    return full.substring(0, full.lastIndexOf('.'));
  }

  /** Whether the process is an executor (or other descendant) of one of this cluster's Workers. */
  boolean isDescendant(long pid) {
    return daemons.stream().flatMap(Process::descendants).anyMatch(h -> h.pid() == pid);
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(SPARK_LOCAL_IP))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + SPARK_LOCAL_IP, e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the cluster", e);
    }
  }
}
