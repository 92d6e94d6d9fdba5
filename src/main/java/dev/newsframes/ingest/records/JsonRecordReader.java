package dev.newsframes.ingest.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON Lines (one object per line) and JSON documents: an array of records, an object
 * wrapping such an array ({@code {"articles": [...]}} as NewsAPI returns), an object of records
 * keyed by id, or a single record. Arrays and lines are streamed, so file size is not limited by
 * memory.
 */
public final class JsonRecordReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WRAPPERS =
      Set.of(
          "articles",
          "data",
          "items",
          "results",
          "records",
          "docs",
          "documents",
          "entries",
          "hits");

  private JsonRecordReader() {}

  /**
   * Reads JSON Lines; a line that is not valid JSON becomes a reject with its line number, and a
   * line longer than {@code maxRecordBytes} a {@code too_large} reject, skipped without being held
   * in memory. Strings inside a line are limited only by the line's own limit.
   */
  public static FileOutcome readLines(
      InputStream in,
      PageContext ctx,
      FieldMapping mapping,
      RecordMapper.HtmlExtractor html,
      long maxRecordBytes)
      throws IOException {
    RecordSink sink = new RecordSink(ctx, mapping, html);
    ObjectMapper json = mapper(maxRecordBytes);
    BoundedLineReader reader =
        new BoundedLineReader(BoundedLineReader.decodedByItsMark(in), maxRecordBytes);
    long lineNo = 0;
    for (Optional<BoundedLineReader.Line> next = reader.next();
        next.isPresent();
        next = reader.next()) {
      lineNo++;
      BoundedLineReader.Line line = next.get();
      if (line.encoding() == BoundedLineReader.Encoding.NOT_UTF_8) {
        sink.reject(
            lineNo,
            RejectReason.BAD_ENCODING,
            "line " + lineNo + " is not UTF-8 (invalid bytes, or NUL bytes as in UTF-16)",
            "");
        continue;
      }
      if (line.text().isEmpty()) {
        sink.reject(
            lineNo,
            RejectReason.TOO_LARGE,
            "line "
                + lineNo
                + " has "
                + line.bytes()
                + " bytes, over the limit of "
                + maxRecordBytes
                + " (--max-file-size)",
            "");
        continue;
      }
      String text = line.text().get();
      if (text.isBlank()) {
        continue;
      }
      try {
        sink.record(json.readTree(text), lineNo);
      } catch (JsonProcessingException e) {
        sink.reject(
            lineNo,
            RejectReason.MALFORMED_RECORD,
            "line " + lineNo + " is not valid JSON: " + e.getOriginalMessage(),
            text);
      }
    }
    return sink.outcome();
  }

  /** A mapper whose string limit is the record limit, not Jackson's default of 20 MB. */
  private static ObjectMapper mapper(long maxRecordBytes) {
    int max = (int) Math.min(Integer.MAX_VALUE, Math.max(maxRecordBytes, 1));
    if (max <= StreamReadConstraints.DEFAULT_MAX_STRING_LEN) {
      return JSON;
    }
    return new ObjectMapper(
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(max).build())
            .build());
  }

  /**
   * Reads JSON documents; several root values (concatenated documents, or JSON Lines in a file
   * named .json) are all read. A syntax error rejects the rest of the file from that point.
   */
  public static FileOutcome readDocument(
      InputStream in, PageContext ctx, FieldMapping mapping, RecordMapper.HtmlExtractor html)
      throws IOException {
    RecordSink sink = new RecordSink(ctx, mapping, html);
    long index = 0;
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      for (JsonToken root = p.nextToken(); root != null; root = p.nextToken()) {
        if (root == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            sink.record(JSON.readTree(p), index++);
          }
        } else if (root == JsonToken.START_OBJECT) {
          index += readObject(JSON.readTree(p), sink, index);
        } else {
          sink.reject(
              index,
              RejectReason.MALFORMED_RECORD,
              "JSON value at " + p.currentLocation() + " is neither an array nor an object",
              p.getText());
        }
      }
    } catch (JsonProcessingException e) {
      sink.reject(
          index,
          RejectReason.MALFORMED_RECORD,
          "invalid JSON after record "
              + index
              + " at "
              + e.getLocation()
              + ": "
              + e.getOriginalMessage(),
          "");
    }
    return sink.outcome();
  }

  /** Reads the records of one root object; returns how many positions they took. */
  private static long readObject(JsonNode root, RecordSink sink, long first) {
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (WRAPPERS.contains(e.getKey()) && e.getValue().isArray()) {
        long i = first;
        for (JsonNode r : e.getValue()) {
          sink.record(r, i++);
        }
        return i - first;
      }
    }
    boolean keyedRecords = root.size() > 0;
    for (JsonNode v : root) {
      keyedRecords &= v.isObject();
    }
    if (!keyedRecords) {
      sink.record(root, first);
      return 1;
    }
    long i = first;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ObjectNode r = ((ObjectNode) e.getValue()).deepCopy();
      r.put("_key", e.getKey());
      sink.record(r, i++);
    }
    return i - first;
  }
}
