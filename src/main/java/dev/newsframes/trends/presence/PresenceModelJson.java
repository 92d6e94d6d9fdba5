package dev.newsframes.trends.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One frame's entry of a presence model file, to and from JSON; see {@link PresenceModelFile}. */
final class PresenceModelJson {
  private PresenceModelJson() {}

  static ObjectNode node(FrameModel m, ObjectMapper json) {
    ObjectNode node = json.createObjectNode();
    node.put("frame", m.frame());
    m.other().ifPresent(o -> node.put("other", o));
    node.put("threshold", m.threshold());
    node.put("intercept", m.fit().intercept());
    ArrayNode features = node.putArray("features");
    for (int j = 0; j < m.features().size(); j++) {
      ObjectNode f = features.addObject();
      f.put("name", m.features().get(j));
      f.put("weight", m.fit().weights()[j]);
      f.put("mean", m.fit().mean()[j]);
      f.put("scale", m.fit().scale()[j]);
    }
    m.sentences().ifPresent(c -> node.set("sentence_classifier", classifier(c, json)));
    return node;
  }

  private static ObjectNode classifier(SentenceClassifier c, ObjectMapper json) {
    ObjectNode node = json.createObjectNode();
    node.put("source", c.source());
    node.put("intercept", c.fit().intercept());
    for (String key : List.of("weights", "mean", "scale")) {
      ArrayNode values = node.putArray(key);
      for (double v : array(c.fit(), key)) {
        values.add(v);
      }
    }
    return node;
  }

  private static double[] array(LogisticRegression.Fit fit, String key) {
    return switch (key) {
      case "weights" -> fit.weights();
      case "mean" -> fit.mean();
      default -> fit.scale();
    };
  }

  /** The sentence classifier in {@code node}, or empty when absent or with its problems added. */
  private static Optional<SentenceClassifier> classifier(
      JsonNode node, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    double[][] values = new double[3][];
    List<String> keys = List.of("weights", "mean", "scale");
    for (int k = 0; k < keys.size(); k++) {
      JsonNode list = node.path(keys.get(k));
      values[k] = new double[list.size()];
      for (int j = 0; j < list.size(); j++) {
        values[k][j] =
            number(list.get(j), where + ": sentence_classifier " + keys.get(k), problems);
      }
    }
    double intercept =
        optionalNumber(
            node.path("intercept"), 0, where + ": sentence_classifier intercept", problems);
    if (problems.stream().anyMatch(p -> p.startsWith(where))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new SentenceClassifier(
              node.path("source").asText(""),
              new LogisticRegression.Fit(values[1], values[2], intercept, values[0])));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": sentence_classifier: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The frame model in {@code node}, or empty with its problems added. */
  static Optional<FrameModel> frame(JsonNode node, List<String> problems) {
    String frame = node.path("frame").asText("");
    String where = "frame '" + frame + "'";
    if (frame.isEmpty()) {
      problems.add("a frame entry has no 'frame' id");
      return Optional.empty();
    }
    List<String> features = new ArrayList<>();
    JsonNode list = node.path("features");
    double[] weight = new double[list.size()];
    double[] mean = new double[list.size()];
    double[] scale = new double[list.size()];
    for (int j = 0; j < list.size(); j++) {
      JsonNode f = list.get(j);
      String name = f.path("name").asText("");
      Optional<String> problem = PresenceInputs.problem(name);
      if (problem.isPresent()) {
        problems.add(where + ": " + problem.get());
        continue;
      }
      features.add(name);
      String at = where + ": feature '" + name + "'";
      weight[j] = number(f.path("weight"), at + " weight", problems);
      mean[j] = number(f.path("mean"), at + " mean", problems);
      scale[j] = optionalNumber(f.path("scale"), 1, at + " scale", problems);
      if (!Double.isNaN(scale[j]) && !(scale[j] > 0)) {
        problems.add(where + ": feature '" + name + "' needs a positive scale");
      }
    }
    double intercept = optionalNumber(node.path("intercept"), 0, where + ": intercept", problems);
    double threshold = number(node.path("threshold"), where + ": threshold", problems);
    if (features.size() != list.size() || problems.stream().anyMatch(p -> p.startsWith(where))) {
      return Optional.empty();
    }
    Optional<SentenceClassifier> sentences =
        classifier(node.path("sentence_classifier"), where, problems);
    if (problems.stream().anyMatch(p -> p.startsWith(where))) {
      return Optional.empty();
    }
    try {
      LogisticRegression.Fit fit = new LogisticRegression.Fit(mean, scale, intercept, weight);
      Optional<String> other = Optional.ofNullable(node.path("other").textValue());
      return Optional.of(new FrameModel(frame, other, features, fit, threshold, sentences));
    } catch (IllegalArgumentException e) {
      // FrameModel's own messages already name the frame
      problems.add(
          e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * {@code node}'s number, or NaN with a problem ({@code what} must be a number) when it is not.
   */
  private static double number(JsonNode node, String what, List<String> problems) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    problems.add(what + " must be a number, not " + (node.isMissingNode() ? "missing" : node));
    return Double.NaN;
  }

  /** {@code node}'s number, {@code absent} when it is missing, else NaN with a problem. */
  private static double optionalNumber(
      JsonNode node, double absent, String what, List<String> problems) {
    return node.isMissingNode() ? absent : number(node, what, problems);
  }
}
