package dev.newsframes.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClipTest {

  @Test
  void shortTextIsKeptAndLongTextEndsInAnEllipsisWithinTheLimit() {
    assertThat(Clip.withEllipsis("abcde", 5)).isEqualTo("abcde");
    assertThat(Clip.withEllipsis("abcdef", 5)).isEqualTo("abcd…");
  }

  @Test
  void aSurrogatePairAtTheCutIsDroppedWhole() {
    // "abc😀def": the emoji is chars 3 and 4; a cut after 4 chars would keep only its high half
    String clipped = Clip.withEllipsis("abc\uD83D\uDE00def", 5);
    assertThat(clipped).isEqualTo("abc…");
    assertThat(clipped.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }
}
