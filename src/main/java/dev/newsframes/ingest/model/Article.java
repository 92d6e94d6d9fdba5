package dev.newsframes.ingest.model;

import dev.newsframes.common.Clip;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the articles table: an article or a teaser, with its text and metadata.
 *
 * <p>Text fields are never null (empty when absent); metadata that may be unknown is an {@link
 * Optional}. {@link #articleId()} is stable across re-runs of the same input.
 *
 * @param position record index within the input file (0 for the main article of a page)
 * @param parser the parser that produced the record, e.g. {@code page-dump/marsbit}
 * @param parentId for a teaser, the article of the page it was found on
 * @param dateIssue why an article that had a publication date is undated: {@link #UNREADABLE_DATE}
 *     or {@link #IMPLAUSIBLE_DATE}; stored in {@code date_source} in place of a source, so no date
 *     is lost without a trace
 */
public record Article(
    String articleId,
    ArticleKind kind,
    Optional<String> url,
    Optional<String> source,
    String title,
    String summary,
    String editorNote,
    String body,
    List<QaPair> qa,
    List<String> authors,
    Optional<ResolvedDate> published,
    Optional<Instant> updatedAt,
    Optional<Instant> crawlTime,
    Optional<String> language,
    String inputFile,
    long position,
    String parser,
    Optional<String> parentId,
    Optional<String> dateIssue) {
  /** A record's date field held a value no date format reads. */
  public static final String UNREADABLE_DATE = "unreadable";

  /** The date was later than the crawl time (or, without one, the ingest run): dropped. */
  public static final String IMPLAUSIBLE_DATE = "implausible";

  /**
   * The longest title kept, in characters; a longer one (a page whose title tag holds a whole
   * document) is cut there and ends in "…". Real headlines run to a few hundred.
   */
  public static final int MAX_TITLE_CHARS = 1000;

  public Article {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(inputFile, "inputFile");
    Objects.requireNonNull(parser, "parser");
    title = Clip.withEllipsis(nullToEmpty(title), MAX_TITLE_CHARS);
    summary = nullToEmpty(summary);
    editorNote = nullToEmpty(editorNote);
    body = nullToEmpty(body);
    qa = List.copyOf(qa == null ? List.of() : qa);
    authors = List.copyOf(authors == null ? List.of() : authors);
  }

  /** The text later stages analyse: the body, or the summary where a record has no body. */
  public String mainText() {
    return body.isBlank() ? summary : body;
  }

  /** Words in the title and main text. */
  public int wordCount() {
    return TextFingerprint.wordCount(title) + TextFingerprint.wordCount(mainText());
  }

  /** Hash of the normalised title and main text; equal for exact copies. */
  public String contentHash() {
    return TextFingerprint.contentHash(title, mainText());
  }

  public static Builder builder(String inputFile, String parser) {
    return new Builder(inputFile, parser);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Builds an {@link Article}; the id is derived from url or file and position when not set. */
  public static final class Builder {
    private final String inputFile;
    private final String parser;
    private String articleId;
    private ArticleKind kind = ArticleKind.ARTICLE;
    private String url;
    private String source;
    private String title = "";
    private String summary = "";
    private String editorNote = "";
    private String body = "";
    private List<QaPair> qa = List.of();
    private List<String> authors = List.of();
    private ResolvedDate published;
    private Instant updatedAt;
    private Instant crawlTime;
    private String language;
    private long position;
    private String parentId;
    private String dateIssue;

    private Builder(String inputFile, String parser) {
      this.inputFile = inputFile;
      this.parser = parser;
    }

    public Builder articleId(String v) {
      articleId = v;
      return this;
    }

    public Builder kind(ArticleKind v) {
      kind = v;
      return this;
    }

    public Builder url(String v) {
      url = blankToNull(v);
      return this;
    }

    public Builder source(String v) {
      source = blankToNull(v);
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder summary(String v) {
      summary = v;
      return this;
    }

    public Builder editorNote(String v) {
      editorNote = v;
      return this;
    }

    public Builder body(String v) {
      body = v;
      return this;
    }

    public Builder qa(List<QaPair> v) {
      qa = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = v;
      return this;
    }

    public Builder published(ResolvedDate v) {
      published = v;
      return this;
    }

    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    public Builder crawlTime(Instant v) {
      crawlTime = v;
      return this;
    }

    public Builder language(String v) {
      language = blankToNull(v);
      return this;
    }

    public Builder position(long v) {
      position = v;
      return this;
    }

    public Builder parentId(String v) {
      parentId = v;
      return this;
    }

    public Builder dateIssue(String v) {
      dateIssue = v;
      return this;
    }

    public Article build() {
      String id = articleId != null ? articleId : ArticleIds.of(kind, url, inputFile, position);
      return new Article(
          id,
          kind,
          Optional.ofNullable(url),
          Optional.ofNullable(source),
          title,
          summary,
          editorNote,
          body,
          qa,
          authors,
          Optional.ofNullable(published),
          Optional.ofNullable(updatedAt),
          Optional.ofNullable(crawlTime),
          Optional.ofNullable(language),
          inputFile,
          position,
          parser,
          Optional.ofNullable(parentId),
          Optional.ofNullable(dateIssue));
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
