package dev.newsframes.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.common.Plural;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workers a Spark standalone master lists at {@code http://HOST:WEBUI-PORT/json/}: what each
 * offers executors (cores, memory, free now) and whether it is alive. Read over HTTP with a short
 * timeout; the master's web UI port is not in {@code spark.master}, so it is 8080 unless named.
 *
 * @param status the master's own status ({@code ALIVE}, or {@code STANDBY} for a standby master)
 */
public record MasterState(String status, List<Worker> workers) {
  /** The master web UI port when none is named: Spark's default. */
  public static final int DEFAULT_WEBUI_PORT = 8080;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** One worker as the master sees it; memory in MB. */
  public record Worker(
      String address, String state, int cores, int coresFree, long memoryMb, long memoryFreeMb) {
    boolean alive() {
      return "ALIVE".equals(state);
    }
  }

  /** Parses the master's {@code /json/} document. */
  public static MasterState parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject() || !root.path("workers").isArray()) {
      throw new IOException("not a Spark master's state: no workers list");
    }
    List<Worker> workers = new ArrayList<>();
    for (JsonNode w : root.path("workers")) {
      workers.add(
          new Worker(
              w.path("host").asText("?") + ":" + w.path("port").asInt(),
              w.path("state").asText("UNKNOWN"),
              w.path("cores").asInt(),
              w.path("coresfree").asInt(),
              w.path("memory").asLong(),
              w.path("memoryfree").asLong()));
    }
    return new MasterState(root.path("status").asText("UNKNOWN"), List.copyOf(workers));
  }

  /**
   * Where the state of a master is: {@code ui} if given (its {@code /json/}), else port {@value
   * #DEFAULT_WEBUI_PORT} of each host of a {@code spark://h1:p1,h2:p2} URL.
   */
  public static List<URI> jsonUris(String master, Optional<URI> ui) {
    if (ui.isPresent()) {
      String u = ui.get().toString().replaceAll("/+$", "");
      return List.of(URI.create(u.endsWith("/json") ? u + "/" : u + "/json/"));
    }
    List<URI> uris = new ArrayList<>();
    for (String hostPort : master.replaceFirst("^spark://", "").split(",")) {
      String host = hostPort.strip().replaceFirst(":\\d+$", "");
      uris.add(URI.create("http://" + host + ":" + DEFAULT_WEBUI_PORT + "/json/"));
    }
    return uris;
  }

  /**
   * The state of the first alive master among {@code uris} (high-availability masters list each
   * host; a standby lists no workers); throws naming the address when none could be read.
   */
  public static MasterState read(List<URI> uris) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    MasterState standby = null;
    IOException last = null;
    for (URI uri : uris) {
      try {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
        HttpResponse<String> r =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
          throw new IOException("HTTP " + r.statusCode());
        }
        MasterState s = parse(r.body());
        if ("ALIVE".equals(s.status())) {
          return s;
        }
        standby = s;
      } catch (IOException e) {
        last =
            new IOException(
                "cannot read "
                    + uri
                    + " ("
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")",
                e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading " + uri, e);
      }
    }
    if (standby != null) {
      return standby;
    }
    throw last != null ? last : new IOException("no master web UI to read");
  }

  public List<Worker> alive() {
    return workers.stream().filter(Worker::alive).toList();
  }

  /**
   * Whether no executor of this size can ever start: the master lists alive workers and none is
   * large enough in total (what other applications hold now is not counted), or {@code
   * spark.cores.max} is below one executor's cores. With no alive worker it is not decided: workers
   * may still be registering.
   */
  public boolean canNeverRun(ExecutorRequest asked) {
    List<Worker> alive = alive();
    return !alive.isEmpty()
        && (asked.coresMaxBelowOneExecutor()
            || alive.stream().noneMatch(w -> asked.fits(w.cores(), w.memoryMb())));
  }

  /**
   * What the workers offer, e.g. {@code 1 alive worker, the largest 1 core and 1024 MB (free now: 1
   * core and 1024 MB at most)}.
   */
  public String describe() {
    List<Worker> alive = alive();
    int others = workers.size() - alive.size();
    String notAlive = others == 0 ? "" : String.format(Locale.ROOT, " (and %d not alive)", others);
    if (alive.isEmpty()) {
      return "no alive worker" + notAlive;
    }
    return String.format(
        Locale.ROOT,
        "%d alive %s%s, the largest %s and %d MB (free now: %s and %d MB at most)",
        alive.size(),
        alive.size() == 1 ? "worker" : "workers",
        notAlive,
        cores(alive.stream().mapToInt(Worker::cores).max().orElse(0)),
        alive.stream().mapToLong(Worker::memoryMb).max().orElse(0),
        cores(alive.stream().mapToInt(Worker::coresFree).max().orElse(0)),
        alive.stream().mapToLong(Worker::memoryFreeMb).max().orElse(0));
  }

  private static String cores(int n) {
    return Plural.count(n, "core", "cores");
  }
}
