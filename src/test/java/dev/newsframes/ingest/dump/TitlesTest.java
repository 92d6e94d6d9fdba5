package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {
  @Test
  void siteSuffixesAreRemoved() {
    assertThat(
            strip(
                "Six things | MIT Technology Review",
                "MIT Technology Review",
                "www.technologyreview.com"))
        .isEqualTo("Six things");
    assertThat(strip("China’s law?  | VentureBeat", "VentureBeat", "venturebeat.com"))
        .isEqualTo("China’s law?");
    assertThat(strip("OpenAI turbocharges GPT-4 - The Verge", "The Verge", "www.theverge.com"))
        .isEqualTo("OpenAI turbocharges GPT-4");
    assertThat(
            strip(
                "IndabaX 2022 Events - Deep Learning Indaba 2022",
                "Deep Learning Indaba",
                "deeplearningindaba.com"))
        .as("suffix that contains the publisher")
        .isEqualTo("IndabaX 2022 Events");
    assertThat(strip("Rates rise – Example Daily", "example.com", "www.example.com"))
        .as("suffix naming the domain label")
        .isEqualTo("Rates rise");
  }

  @Test
  void dashesThatArePartOfTheTitleStay() {
    assertThat(strip("GPT-4 - what comes next", "The Verge", "www.theverge.com"))
        .isEqualTo("GPT-4 - what comes next");
    assertThat(strip("A | B | C D E F G H I", "X", "x.com"))
        .as("long pipe part")
        .isEqualTo("A | B | C D E F G H I");
    assertThat(Titles.withoutSiteSuffix("Plain title", Optional.empty(), Optional.empty()))
        .isEqualTo("Plain title");
  }

  private static String strip(String title, String publisher, String host) {
    return Titles.withoutSiteSuffix(title, Optional.of(publisher), Optional.of(host));
  }
}
