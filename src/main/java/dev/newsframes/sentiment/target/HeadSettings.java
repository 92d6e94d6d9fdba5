package dev.newsframes.sentiment.target;

/**
 * How a {@link SoftmaxHead} is trained: {@code hidden} 0 is multinomial logistic regression, more
 * is one ReLU layer of that width; AdamW with mini-batches and decoupled weight decay; class
 * weights inversely proportional to class frequency when {@code balanced}.
 */
public record HeadSettings(
    int hidden,
    int epochs,
    double learningRate,
    double weightDecay,
    double dropout,
    int batchSize,
    boolean balanced,
    long seed) {

  /** Logistic regression with the settings chosen by 5-fold CV on NewsMTSC train. */
  public static HeadSettings logistic() {
    return new HeadSettings(0, 30, 1e-3, 1.0, 0.0, 32, true, 42);
  }

  /** A copy with another hidden width. */
  public HeadSettings withHidden(int width) {
    return new HeadSettings(
        width, epochs, learningRate, weightDecay, dropout, batchSize, balanced, seed);
  }

  /** A copy with another number of epochs. */
  public HeadSettings withEpochs(int n) {
    return new HeadSettings(
        hidden, n, learningRate, weightDecay, dropout, batchSize, balanced, seed);
  }

  /** A copy with another weight decay. */
  public HeadSettings withWeightDecay(double wd) {
    return new HeadSettings(hidden, epochs, learningRate, wd, dropout, batchSize, balanced, seed);
  }

  /** A copy with another dropout. */
  public HeadSettings withDropout(double p) {
    return new HeadSettings(
        hidden, epochs, learningRate, weightDecay, p, batchSize, balanced, seed);
  }

  /** A copy with another learning rate. */
  public HeadSettings withLearningRate(double lr) {
    return new HeadSettings(hidden, epochs, lr, weightDecay, dropout, batchSize, balanced, seed);
  }
}
