package dev.newsframes.lab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A benchmark corpus of N news records as JSON Lines shards of 1,000: each new article is 8 to 24
 * real sentences drawn from a {@link SentencePool} under a real title, dated across 2019-2023, from
 * one of 20 outlets; a tenth are exact copies of an earlier record (a syndicated story under
 * another URL) and a twentieth near copies (one sentence added), as real corpora have them.
 * Deterministic for a seed.
 */
public final class ScaleCorpus {
  /** Records per JSON Lines file. */
  public static final int SHARD = 1_000;

  static final double EXACT_COPIES = 0.10;
  static final double NEAR_COPIES = 0.05;
  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 5 * 365;

  private ScaleCorpus() {}

  /** What was written. */
  public record Summary(int records, int exactCopies, int nearCopies, int files, long bytes) {}

  /** Writes {@code n} records into {@code dir} as {@code part-00000.jsonl}, ... */
  public static Summary write(Path dir, int n, long seed, SentencePool pool) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> written = new ArrayList<>();
    int exact = 0;
    int near = 0;
    int files = 0;
    long bytes = 0;
    BufferedWriter out = null;
    try {
      for (int i = 0; i < n; i++) {
        if (i % SHARD == 0) {
          if (out != null) {
            out.close();
          }
          Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", files++));
          out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        double kind = random.nextDouble();
        ObjectNode record;
        if (!written.isEmpty() && kind < EXACT_COPIES) {
          record = copy(written.get(random.nextInt(written.size())), i, random);
          exact++;
        } else if (!written.isEmpty() && kind < EXACT_COPIES + NEAR_COPIES) {
          record = copy(written.get(random.nextInt(written.size())), i, random);
          record.put("text", record.get("text").asText() + " " + pool.sentence(random));
          near++;
        } else {
          record = article(json, i, random, pool);
        }
        // keep a bounded window of earlier records to copy from: copies are of recent stories
        if (written.size() < 2_000) {
          written.add(record);
        } else {
          written.set(random.nextInt(written.size()), record);
        }
        String line = json.writeValueAsString(record);
        out.write(line);
        out.write('\n');
        bytes += line.length() + 1;
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    return new Summary(n, exact, near, files, bytes);
  }

  private static ObjectNode article(ObjectMapper json, int i, Random random, SentencePool pool) {
    StringBuilder text = new StringBuilder();
    int sentences = 8 + random.nextInt(17);
    for (int s = 0; s < sentences; s++) {
      text.append(s == 0 ? "" : (s % 4 == 0 ? "\n\n" : " ")).append(pool.sentence(random));
    }
    ObjectNode r = json.createObjectNode();
    r.put("id", "scale-" + i);
    r.put("title", pool.title(random));
    r.put("text", text.toString());
    r.put("date", FIRST.plusDays(random.nextInt(DAYS)).toString());
    r.put("source", "outlet-" + random.nextInt(20) + ".example");
    r.put("url", "https://outlet.example/story/" + i);
    return r;
  }

  /** The same story under another URL and id, a day or two later. */
  private static ObjectNode copy(ObjectNode of, int i, Random random) {
    ObjectNode r = of.deepCopy();
    r.put("id", "scale-" + i);
    r.put("url", "https://syndicate-" + random.nextInt(5) + ".example/copy/" + i);
    r.put("date", LocalDate.parse(of.get("date").asText()).plusDays(random.nextInt(3)).toString());
    return r;
  }
}
