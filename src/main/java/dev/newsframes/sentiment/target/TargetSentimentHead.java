package dev.newsframes.sentiment.target;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained head file: which encoders, markings and pooled parts make its features, and the {@link
 * SoftmaxHead} over them. Binary, versioned; a file of another version is refused.
 */
public record TargetSentimentHead(List<FeatureSource> sources, int maxTokens, SoftmaxHead head) {
  private static final String MAGIC = "newsframes-target-sentiment-head";
  private static final int VERSION = 1;

  public TargetSentimentHead {
    sources = List.copyOf(sources);
  }

  /** Writes the head; the stream is not closed. */
  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeUTF(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(maxTokens);
    out.writeInt(sources.size());
    for (FeatureSource s : sources) {
      out.writeUTF(s.toString());
    }
    head.write(out);
    out.flush();
  }

  /** Reads a head written by {@link #write}; the stream is not closed. */
  public static TargetSentimentHead read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (!MAGIC.equals(in.readUTF())) {
      throw new IOException("Not a target sentiment head file");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException(
          "Target sentiment head of version "
              + version
              + ", this build reads "
              + VERSION
              + ": retrain it with train-entity-sentiment");
    }
    int maxTokens = in.readInt();
    int n = in.readInt();
    List<FeatureSource> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sources.add(FeatureSource.parse(in.readUTF()));
    }
    return new TargetSentimentHead(sources, maxTokens, SoftmaxHead.read(in));
  }
}
