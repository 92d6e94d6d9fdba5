package dev.newsframes.cli.tooling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.ingest.dates.DateParser;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the labelled pages of the fundus and trafilatura evaluation sets. */
final class BenchmarkCorpora {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkCorpora() {}

  /**
   * fundus test data: {@code <country>/<Publisher>.json} labels its versions V1, V2... which are
   * the publisher's {@code <Publisher>_<yyyy_MM_dd>.html.gz} files in date order; {@code meta.info}
   * gives each file's URL.
   */
  static List<LabelledPage> fundus(Path root) throws IOException {
    List<LabelledPage> pages = new ArrayList<>();
    List<Path> labelFiles;
    try (Stream<Path> files = Files.walk(root, 2)) {
      labelFiles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path labels : labelFiles) {
      Path dir = labels.getParent();
      String publisher = labels.getFileName().toString().replaceFirst("\\.json$", "");
      JsonNode meta = readOrEmpty(dir.resolve("meta.info"));
      List<Path> htmls;
      try (Stream<Path> files = Files.list(dir)) {
        htmls =
            files
                .filter(
                    f ->
                        f.getFileName()
                            .toString()
                            .matches(
                                Pattern.quote(publisher) + "_\\d{4}_\\d{2}_\\d{2}\\.html(\\.gz)?"))
                .sorted(Comparator.comparing(Path::toString))
                .toList();
      }
      List<Map.Entry<String, JsonNode>> versions = new ArrayList<>();
      JSON.readTree(labels.toFile()).fields().forEachRemaining(versions::add);
      versions.sort(
          Comparator.comparingInt(e -> Integer.parseInt(e.getKey().replaceAll("\\D", "0"))));
      for (int i = 0; i < Math.min(versions.size(), htmls.size()); i++) {
        JsonNode v = versions.get(i).getValue();
        Path html = htmls.get(i);
        String name = html.getFileName().toString();
        pages.add(
            new LabelledPage(
                name,
                html,
                Optional.ofNullable(meta.path(name).path("url").textValue()),
                v.path("title").asText(""),
                day(v.path("publishing_date").asText("")),
                fundusBody(v.path("body")),
                List.of(),
                List.of()));
      }
    }
    return pages;
  }

  /** trafilatura's evaluation set: {@code evaldata.json} maps URL to file and labels. */
  static List<LabelledPage> trafilatura(Path root) throws IOException {
    List<LabelledPage> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it =
        JSON.readTree(root.resolve("evaldata.json").toFile()).fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().path("file").asText("");
      Optional<Path> html =
          Stream.of(root.resolve("eval").resolve(file), root.resolve("cache").resolve(file))
              .filter(Files::isRegularFile)
              .findFirst();
      if (file.isEmpty() || html.isEmpty()) {
        continue; // the English subset ships only some of the set's files
      }
      pages.add(
          new LabelledPage(
              file,
              html.get(),
              Optional.of(e.getKey()),
              e.getValue().path("title").asText(""),
              day(e.getValue().path("date").asText("")),
              "",
              strings(e.getValue().path("with")),
              strings(e.getValue().path("without"))));
    }
    return pages;
  }

  private static Optional<LocalDate> day(String label) {
    return DateParser.parse(label, DateSource.METADATA).map(ResolvedDate::day);
  }

  private static String fundusBody(JsonNode body) {
    StringBuilder text = new StringBuilder();
    body.path("summary").forEach(p -> text.append(p.asText()).append("\n\n"));
    for (JsonNode section : body.path("sections")) {
      section.path("headline").forEach(p -> text.append(p.asText()).append("\n\n"));
      section.path("paragraphs").forEach(p -> text.append(p.asText()).append("\n\n"));
    }
    return text.toString().strip();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText("")));
    return out;
  }

  private static JsonNode readOrEmpty(Path file) throws IOException {
    return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
  }
}
