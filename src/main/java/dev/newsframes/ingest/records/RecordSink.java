package dev.newsframes.ingest.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import java.util.ArrayList;
import java.util.List;

/** Collects the articles and rejects of one structured file as its records are mapped. */
final class RecordSink {
  private final PageContext ctx;
  private final FieldMapping mapping;
  private final RecordMapper.HtmlExtractor html;
  private final List<Article> articles = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  RecordSink(PageContext ctx, FieldMapping mapping, RecordMapper.HtmlExtractor html) {
    this.ctx = ctx;
    this.mapping = mapping;
    this.html = html;
  }

  void record(JsonNode record, long position) {
    if (!record.isObject()) {
      reject(position, RejectReason.MALFORMED_RECORD, "record is not an object", record.toString());
      return;
    }
    RecordMapper.Mapped m = RecordMapper.map(record, position, mapping, ctx, html);
    if (m instanceof RecordMapper.Ok ok) {
      articles.add(ok.article());
    } else {
      rejects.add(((RecordMapper.Failed) m).reject());
    }
  }

  void reject(long position, RejectReason reason, String message, String sample) {
    rejects.add(new Reject(ctx.inputFile(), position, reason, message, sample));
  }

  FileOutcome outcome() {
    return new FileOutcome(articles, rejects, 0);
  }
}
