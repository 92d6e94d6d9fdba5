package dev.newsframes.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server on 127.0.0.1 that records every request path: what a script injected into a
 * page would call home to. Lives until the JVM ends.
 */
public final class Beacon {
  private final HttpServer server;
  private final List<String> hits = new CopyOnWriteArrayList<>();

  private Beacon(HttpServer server) {
    this.server = server;
  }

  /** Starts a beacon on a free port. */
  public static Beacon start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      Beacon beacon = new Beacon(server);
      server.createContext(
          "/",
          exchange -> {
            beacon.hits.add(exchange.getRequestURI().toString());
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();
      return beacon;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the beacon server on 127.0.0.1", e);
    }
  }

  /** E.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Request paths received so far. */
  public List<String> hits() {
    return List.copyOf(hits);
  }

  /** Forgets the requests received so far. */
  public void clear() {
    hits.clear();
  }
}
