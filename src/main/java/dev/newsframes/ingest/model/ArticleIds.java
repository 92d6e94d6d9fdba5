package dev.newsframes.ingest.model;

import dev.newsframes.common.Hashes;

/**
 * Stable article ids: the same input record gets the same id on every run.
 *
 * <p>An article with a URL is identified by the URL, so the same page ingested from two files is
 * one id (and shows up as a duplicate, not two articles). Without a URL the id is derived from the
 * input file's name and the record position.
 */
public final class ArticleIds {
  private static final int HEX_CHARS = 20;

  private ArticleIds() {}

  /** The id of a record. */
  public static String of(ArticleKind kind, String url, String inputFile, long position) {
    String key =
        url != null && kind == ArticleKind.ARTICLE
            ? "url:" + url
            : "file:" + fileKey(inputFile) + "#" + position + ":" + kind.code();
    return Hashes.sha256Hex(key).substring(0, HEX_CHARS);
  }

  /**
   * The part of a path that identifies a file across machines: the last two path segments, so that
   * {@code /data/a/pages/3.txt} and {@code hdfs://nn/x/pages/3.txt} agree.
   */
  static String fileKey(String inputFile) {
    String[] parts = inputFile.replace('\\', '/').split("/");
    int n = parts.length;
    return n >= 2 ? parts[n - 2] + "/" + parts[n - 1] : parts[n - 1];
  }
}
