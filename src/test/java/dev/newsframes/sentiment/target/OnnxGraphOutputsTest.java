package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxGraphOutputsTest {
  @Test
  void innerLayersBecomeOutputsOfTheSameRun() throws Exception {
    FeatureSource two = FeatureSource.parse("minilm-l6-q:plain:target:3,5");
    FeatureSource last = FeatureSource.parse("minilm-l6-q:plain:target");
    TargetInput in = new TargetInput("Brown met Garcia in Ohio.", 0, 5);
    TargetMarker.Marked m = new TargetMarker(TargetMarker.Marking.PLAIN).mark(in);
    TokenStates both = SharedEncoders.of(two, 64).encode(List.of(m)).get(0);
    TokenStates top = SharedEncoders.of(last, 64).encode(List.of(m)).get(0);
    assertThat(both.width()).as("layers 3 and 5, concatenated").isEqualTo(768);
    float[] layer5 = java.util.Arrays.copyOfRange(both.states()[1], 384, 768);
    assertThat(layer5)
        .as("layer 5 is last_hidden_state")
        .containsExactly(top.states()[1], org.assertj.core.data.Offset.offset(1e-4f));
  }

  @Test
  void listsLayerOutputsOfTheExport() throws Exception {
    byte[] model;
    try (var in = getClass().getClassLoader().getResourceAsStream("all-minilm-l6-v2-q.onnx")) {
      model = in.readAllBytes();
    }
    List<String> outputs =
        OnnxGraphOutputs.nodes(model).stream().flatMap(n -> n.outputs().stream()).toList();
    assertThat(outputs).as("node outputs").contains(EncoderSpec.MINILM_L6_Q.layerOutput(3));
  }
}
