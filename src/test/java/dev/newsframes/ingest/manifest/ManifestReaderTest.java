package dev.newsframes.ingest.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
  private static final String AI_TECH_STYLE =
      "file,url,title,url_date\n"
          + "pages/3.txt,https://example.com/2018/10/23/a-b-c,\"Six things, or more | Example\",2018-10-23\n"
          + "pages/4.txt,https://example.com/2018/10/24/d-e-f,Another one | Example,2018-10-24\n";

  @Test
  void readsTheDefaultColumns() {
    Manifest m = read(AI_TECH_STYLE, ManifestColumns.defaults());

    assertThat(m.problems()).as("problems").isEmpty();
    assertThat(m.size()).as("entries").isEqualTo(2);
    ManifestEntry e = m.byRelativePath("pages/3.txt").orElseThrow();
    assertThat(e.url()).as("url").contains("https://example.com/2018/10/23/a-b-c");
    assertThat(e.title()).as("quoted title").contains("Six things, or more | Example");
    assertThat(e.published())
        .as("url_date as a manifest day")
        .contains(ResolvedDate.ofDay(LocalDate.of(2018, 10, 23), DateSource.MANIFEST));
    assertThat(e.crawlTime()).as("crawl time").isEmpty();
    assertThat(e.line()).as("line of the row").isEqualTo(2);
  }

  @Test
  void mappedColumnsAndTimestamps() {
    String csv =
        "\uFEFFPath,Link,Headline,Published_At,crawled_at\n"
            + "a.txt,https://x.org/a,A,2021-05-06T07:08:09+02:00,2021-05-07 10:00\n"
            + "b.txt,https://x.org/b,B,2021-05-06,2021-05-08T00:00:00Z\n";
    ManifestColumns cols = ManifestColumns.parse("title=headline,url=link");
    Manifest m = read(csv, cols);

    assertThat(m.problems()).as("problems").isEmpty();
    ManifestEntry a = m.byFileName("a.txt").orElseThrow();
    assertThat(a.title()).as("mapped title").contains("A");
    assertThat(a.published())
        .as("timestamp with offset, second precision")
        .contains(
            new ResolvedDate(
                Instant.parse("2021-05-06T05:08:09Z"), DatePrecision.SECOND, DateSource.MANIFEST));
    assertThat(a.crawlTime())
        .as("crawl time without zone is UTC")
        .contains(Instant.parse("2021-05-07T10:00:00Z"));
  }

  @Test
  void badRowsBecomeProblemsAndGoodRowsAreKept() {
    String csv =
        "file,url,title,date\n"
            + ",https://x.org/1,No file,2020-01-01\n"
            + "b.txt,https://x.org/2,Bad date,2020-13-45\n"
            + "c.txt,https://x.org/3\n"
            + "b.txt,https://x.org/4,Duplicate,2020-01-02\n"
            + "d.txt,https://x.org/5,\"broken quote,2020-01-03\n";
    Manifest m = read(csv, ManifestColumns.defaults());

    assertThat(m.byFileName("b.txt").flatMap(ManifestEntry::published))
        .as("row with a bad date is kept without date")
        .isEmpty();
    assertThat(m.byFileName("b.txt").flatMap(ManifestEntry::url))
        .as("first of duplicates")
        .contains("https://x.org/2");
    assertThat(m.byFileName("c.txt")).as("short row kept").isPresent();
    assertThat(m.problems())
        .as("problems")
        .extracting(ManifestProblem::toString)
        .anySatisfy(
            p -> assertThat(p).startsWith("line 2: ").contains("no value in the file column"))
        .anySatisfy(p -> assertThat(p).startsWith("line 3: ").contains("2020-13-45"))
        .anySatisfy(p -> assertThat(p).startsWith("line 5: ").contains("duplicate file b.txt"))
        .anySatisfy(p -> assertThat(p).startsWith("line 6: ").contains("cannot parse CSV"));
  }

  @Test
  void aUrlThatIsNotAbsoluteHttpIsAProblemAndTheRowIsKeptWithoutIt() {
    Manifest m =
        read(
            "file,url,title\n"
                + "a.txt,https://x.org/a,A\n"
                + "b.txt,not a url,B\n"
                + "c.txt,javascript:alert(1),C\n",
            ManifestColumns.defaults());
    assertThat(m.byFileName("a.txt").flatMap(ManifestEntry::url)).contains("https://x.org/a");
    assertThat(m.byFileName("b.txt").flatMap(ManifestEntry::url)).isEmpty();
    assertThat(m.byFileName("b.txt").flatMap(ManifestEntry::title)).contains("B");
    assertThat(m.problems())
        .extracting(ManifestProblem::toString)
        .containsExactly(
            "line 3: url \"not a url\" for b.txt is not an absolute http(s) URL; kept without url",
            "line 4: url \"javascript:alert(1)\" for c.txt is not an absolute http(s) URL;"
                + " kept without url");
  }

  @Test
  void rowsNamingNoInputFileAreRejectsOfTheManifestBesideItsOtherProblems() {
    Manifest m =
        read(
            "file,url\n"
                + "pages/a.txt,https://x.org/a\n"
                + "pages/gone.txt,ftp://x.org/g\n"
                + ",https://x.org/none\n"
                + "pages/later.txt,https://x.org/later\n",
            ManifestColumns.defaults());
    List<String> inputs = List.of("file:/data/crawl/pages/a.txt", "file:/data/crawl/pages/b.txt");
    assertThat(m.unmatched(inputs))
        .extracting(ManifestProblem::toString)
        .containsExactly(
            "line 3: no input file matches pages/gone.txt; row unused",
            "line 5: no input file matches pages/later.txt; row unused");
    List<Reject> rejects =
        ManifestFiles.rejects(
            m, new ManifestSpec("/data/manifest.csv", ManifestColumns.defaults()), inputs);
    assertThat(rejects)
        .as("one reject per manifest line")
        .extracting(Reject::inputFile, Reject::position, r -> r.reason().code())
        .containsExactly(
            Tuple.tuple("/data/manifest.csv", 3L, "malformed_record"),
            Tuple.tuple("/data/manifest.csv", 4L, "malformed_record"),
            Tuple.tuple("/data/manifest.csv", 5L, "unmatched_manifest_row"));
    assertThat(rejects.get(0).message())
        .isEqualTo(
            "manifest line 3: url \"ftp://x.org/g\" for pages/gone.txt is not an absolute http(s)"
                + " URL; kept without url; no input file matches pages/gone.txt; row unused");
  }

  @Test
  void missingFileColumnOrFileIsAProblemNotAnException(@TempDir Path dir) {
    Manifest noFileColumn = read("name,url\na,b\n", ManifestColumns.defaults());
    Manifest missing = ManifestReader.read(dir.resolve("nope.csv"), ManifestColumns.defaults());
    Manifest empty = read("", ManifestColumns.defaults());

    assertThat(noFileColumn.size()).as("entries without file column").isZero();
    assertThat(noFileColumn.problems().get(0).toString())
        .as("problem")
        .contains("no file column", "[name, url]");
    assertThat(missing.problems().get(0).toString())
        .as("missing file")
        .contains("cannot read manifest", "nope.csv");
    assertThat(empty.problems().get(0).toString()).as("empty file").contains("empty");
  }

  @Test
  void findsEntriesByAnyPathEndingInTheRelativePathOrByUniqueName() {
    String csv =
        "file,url\npages/3.txt,https://x.org/u3\nother/3.txt,https://x.org/o3\npages/9.txt,https://x.org/u9\n";
    Manifest m = read(csv, ManifestColumns.defaults());

    assertThat(m.find("/data/ai-tech/pages/3.txt").flatMap(ManifestEntry::url))
        .as("absolute path")
        .contains("https://x.org/u3");
    assertThat(m.find("hdfs://nn/x/other/3.txt.gz").flatMap(ManifestEntry::url))
        .as("URI and gzip")
        .contains("https://x.org/o3");
    assertThat(m.find("C:\\dumps\\pages\\9.txt").flatMap(ManifestEntry::url))
        .as("windows path")
        .contains("https://x.org/u9");
    assertThat(m.find("/elsewhere/9.txt").flatMap(ManifestEntry::url))
        .as("unique bare name")
        .contains("https://x.org/u9");
    assertThat(m.find("/elsewhere/3.txt")).as("ambiguous bare name").isEmpty();
    assertThat(m.find("/elsewhere/7.txt")).as("unknown").isEmpty();
  }

  @Test
  void manifestSurvivesJavaSerialization() throws Exception {
    Manifest m = read(AI_TECH_STYLE, ManifestColumns.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    Manifest copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Manifest) in.readObject();
    }
    assertThat(copy.find("x/pages/4.txt"))
        .as("entry after a round trip")
        .isEqualTo(m.find("x/pages/4.txt"))
        .isPresent();
  }

  @Test
  void badColumnSpecsFailWithAMessage() {
    assertThatThrownBy(() -> ManifestColumns.parse("headline=title"))
        .as("unknown field")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("headline");
    assertThatThrownBy(() -> ManifestColumns.parse("file="))
        .as("no header")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field=header");
    assertThat(
            ManifestColumns.parse("crawl-time=fetched|crawl_time")
                .headers(ManifestColumns.Field.CRAWL_TIME))
        .as("alternatives")
        .containsExactly("fetched", "crawl_time");
  }

  private static Manifest read(String csv, ManifestColumns columns) {
    return ManifestReader.read(new StringReader(csv), columns);
  }
}
