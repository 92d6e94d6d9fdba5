package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import org.junit.jupiter.api.Test;

class LabOptionsTest {
  @Test
  void aFileThatIsNotUtf8IsSaidInWordsNotAsTheDecodersInputLength() {
    MalformedInputException binary = new MalformedInputException(1);

    assertThat(binary.getMessage()).isEqualTo("Input length = 1");
    assertThat(LabOptions.why(binary)).isEqualTo("not UTF-8 text");
    assertThat(LabOptions.why(new UncheckedIOException(binary))).isEqualTo("not UTF-8 text");
    assertThat(LabOptions.cannotRead("in.jsonl", binary))
        .isEqualTo("Cannot read in.jsonl: not UTF-8 text");
  }

  @Test
  void aReadersMessageThatNamesTheFileIsKeptAsItIs() {
    IOException named = new IOException("Cannot read NewsMTSC line in in.jsonl line 3: bad JSON");

    assertThat(LabOptions.cannotRead("in.jsonl", named)).isEqualTo(named.getMessage());
    assertThat(LabOptions.cannotRead("in.jsonl", new IOException("disk on fire")))
        .isEqualTo("Cannot read in.jsonl: disk on fire");
  }
}
