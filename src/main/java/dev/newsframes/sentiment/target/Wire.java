package dev.newsframes.sentiment.target;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** A minimal protobuf wire-format cursor over a byte array; not thread-safe. */
final class Wire {
  private final byte[] buf;
  int pos;

  Wire(byte[] buf) {
    this.buf = buf;
  }

  boolean more() {
    return pos < buf.length;
  }

  long varint() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = buf[pos++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("Malformed varint at " + pos);
  }

  byte[] bytes() {
    int len = (int) varint();
    byte[] out = Arrays.copyOfRange(buf, pos, pos + len);
    pos += len;
    return out;
  }

  void skip(long tag) {
    switch ((int) (tag & 7)) {
      case 0 -> varint();
      case 1 -> pos += 8;
      case 2 -> {
        int len = (int) varint(); // read before pos: += would use the old pos
        pos += len;
      }
      case 5 -> pos += 4;
      default -> throw new IllegalArgumentException("Unsupported wire type " + (tag & 7));
    }
  }

  static void writeLengthDelimited(ByteArrayOutputStream out, int field, byte[] value) {
    writeVarint(out, ((long) field << 3) | 2);
    writeVarint(out, value.length);
    out.writeBytes(value);
  }

  static void writeVarint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
