package dev.newsframes.sentiment.target;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exposes intermediate tensors of an ONNX model as extra graph outputs by editing its protobuf
 * bytes, so that ONNX Runtime returns hidden states of inner layers in the same run.
 *
 * <p>Pure, at the protobuf wire level (ModelProto.graph = 7, GraphProto.node = 1, .output = 12;
 * NodeProto.output = 2, .name = 3, .op_type = 4): ONNX Runtime's Java API cannot add outputs, and a
 * generated ONNX protobuf binding would add a dependency for two fields.
 */
public final class OnnxGraphOutputs {
  /** One node of the graph: its name, operator and output tensor names. */
  public record Node(String name, String opType, List<String> outputs) {}

  private OnnxGraphOutputs() {}

  /** The nodes of the model's main graph, in file order. */
  public static List<Node> nodes(byte[] model) {
    List<Node> nodes = new ArrayList<>();
    byte[] graph = field(model, 7);
    Wire w = new Wire(graph);
    while (w.more()) {
      long tag = w.varint();
      if ((tag >>> 3) == 1 && (tag & 7) == 2) {
        nodes.add(node(w.bytes()));
      } else {
        w.skip(tag);
      }
    }
    return nodes;
  }

  /**
   * The model whose graph outputs are exactly {@code tensors} (float tensors): the former outputs
   * are dropped, so ONNX Runtime prunes the nodes that only fed them (layers above the last one
   * asked for are never run).
   */
  public static byte[] withOutputs(byte[] model, List<String> tensors) {
    ByteArrayOutputStream extra = new ByteArrayOutputStream();
    for (String t : tensors) {
      byte[] name = t.getBytes(StandardCharsets.UTF_8);
      // ValueInfoProto{name=1, type=2: TypeProto{tensor_type=1: {elem_type=1: FLOAT}}}
      byte[] type = {0x0A, 0x02, 0x08, 0x01};
      ByteArrayOutputStream vi = new ByteArrayOutputStream();
      Wire.writeLengthDelimited(vi, 1, name);
      Wire.writeLengthDelimited(vi, 2, type);
      Wire.writeLengthDelimited(extra, 12, vi.toByteArray());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + extra.size() + 16);
    Wire w = new Wire(model);
    while (w.more()) {
      int start = w.pos;
      long tag = w.varint();
      if ((tag >>> 3) == 7 && (tag & 7) == 2) {
        byte[] graph = pruned(w.bytes(), tensors);
        ByteArrayOutputStream g = new ByteArrayOutputStream(graph.length + extra.size());
        g.writeBytes(graph);
        g.writeBytes(extra.toByteArray());
        Wire.writeLengthDelimited(out, 7, g.toByteArray());
      } else {
        w.skip(tag);
        out.write(model, start, w.pos - start);
      }
    }
    return out.toByteArray();
  }

  /**
   * The graph without its outputs (field 12) and without the nodes that do not feed {@code needed};
   * ONNX Runtime would otherwise run them. Relies on ONNX's topological node order.
   */
  private static byte[] pruned(byte[] graph, List<String> needed) {
    List<int[]> nodeSpans = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<List<String>> inputs = new ArrayList<>();
    Wire w = new Wire(graph);
    while (w.more()) {
      int start = w.pos;
      long tag = w.varint();
      if ((tag >>> 3) == 1 && (tag & 7) == 2) {
        byte[] bytes = w.bytes();
        nodes.add(node(bytes));
        inputs.add(nodeInputs(bytes));
        nodeSpans.add(new int[] {start, w.pos});
      } else {
        w.skip(tag);
      }
    }
    Set<String> live = new HashSet<>(needed);
    boolean[] keep = new boolean[nodes.size()];
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (nodes.get(i).outputs().stream().anyMatch(live::contains)) {
        keep[i] = true;
        live.addAll(inputs.get(i));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(graph.length);
    w = new Wire(graph);
    int node = 0;
    while (w.more()) {
      int start = w.pos;
      long tag = w.varint();
      w.skip(tag);
      boolean isNode = (tag >>> 3) == 1 && (tag & 7) == 2;
      if (isNode ? keep[node++] : (tag >>> 3) != 12) {
        out.write(graph, start, w.pos - start);
      }
    }
    return out.toByteArray();
  }

  private static List<String> nodeInputs(byte[] bytes) {
    List<String> in = new ArrayList<>();
    Wire w = new Wire(bytes);
    while (w.more()) {
      long tag = w.varint();
      if ((tag >>> 3) == 1 && (tag & 7) == 2) {
        in.add(new String(w.bytes(), StandardCharsets.UTF_8));
      } else {
        w.skip(tag);
      }
    }
    return in;
  }

  private static byte[] field(byte[] message, int number) {
    Wire w = new Wire(message);
    while (w.more()) {
      long tag = w.varint();
      if ((tag >>> 3) == number && (tag & 7) == 2) {
        return w.bytes();
      }
      w.skip(tag);
    }
    throw new IllegalArgumentException("Not an ONNX model: no field " + number);
  }

  private static Node node(byte[] bytes) {
    Wire w = new Wire(bytes);
    String name = "";
    String op = "";
    List<String> outputs = new ArrayList<>();
    while (w.more()) {
      long tag = w.varint();
      int f = (int) (tag >>> 3);
      if ((tag & 7) == 2 && (f == 2 || f == 3 || f == 4)) {
        String s = new String(w.bytes(), StandardCharsets.UTF_8);
        switch (f) {
          case 2 -> outputs.add(s);
          case 3 -> name = s;
          default -> op = s;
        }
      } else {
        w.skip(tag);
      }
    }
    return new Node(name, op, outputs);
  }
}
