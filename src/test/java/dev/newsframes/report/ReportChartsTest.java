package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.report.ReportData.BalancePoint;
import dev.newsframes.report.ReportData.SharePoint;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportChartsTest {

  @Test
  void everyChartIsWellFormedSvgWithoutScriptsAndKeepsHostileNamesAsText() throws Exception {
    ReportData data = ReportSamples.hostile();

    for (Chart c : ReportCharts.all(data)) {
      Document svg = parse(c.svg());
      assertThat(svg.getDocumentElement().getTagName()).as(c.name()).isEqualTo("svg");
      assertThat(svg.getElementsByTagName("script").getLength()).as(c.name() + " scripts").isZero();
      assertThat(svg.getElementsByTagName("foreignObject").getLength()).isZero();
      NodeList all = svg.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        NamedNodeMap attrs = all.item(i).getAttributes();
        for (int j = 0; j < attrs.getLength(); j++) {
          assertThat(attrs.item(j).getNodeName())
              .as(c.name() + " attribute")
              .doesNotStartWith("on");
        }
      }
      assertThat(c.svg()).as(c.name()).doesNotContain("<script");
    }
    Chart entities = ReportCharts.all(data).get(2);
    assertThat(entities.name()).isEqualTo("entities");
    assertThat(texts(parse(entities.svg()))).contains(ReportSamples.SCRIPT + "Evil Corp", "OpenAI");
  }

  @Test
  void chartsShowTheirSeries() throws Exception {
    ReportData data = ReportSamples.hostile();

    assertThat(texts(parse(ReportCharts.frameShares(data).orElseThrow().svg())))
        .contains("Regulation", "Competitiveness", "Jan 2023");
    assertThat(texts(parse(ReportCharts.balance(data).orElseThrow().svg())))
        .contains("more Regulation", "more Competitiveness");
  }

  @Test
  void eachFrameHasItsOwnPanelOnOneScaleWithItsOwnSpikes() {
    ReportData data = ReportSamples.hostile();

    List<XYPlot> panels = ReportCharts.sharePanels(data, false).getSubplots();

    assertThat(panels).hasSize(2);
    XYPlot regulation = panels.get(0);
    XYPlot competitiveness = panels.get(1);
    assertThat(regulation.getDataset(0).getSeriesKey(0)).isEqualTo("Regulation");
    assertThat(competitiveness.getDataset(0).getSeriesKey(0)).isEqualTo("Competitiveness");
    assertThat(regulation.getRangeAxis().getRange())
        .as("one scale: a panel's height means the same share in every panel")
        .isEqualTo(competitiveness.getRangeAxis().getRange());
    // the sample's one frame spike is regulation's March: ringed in its panel only
    assertThat(regulation.getDataset(1).getItemCount(0)).isEqualTo(1);
    assertThat(regulation.getDataset(1).getYValue(0, 0)).isEqualTo(0.8);
    assertThat(competitiveness.getDataset(1)).isNull();
  }

  @Test
  void theHeatmapSaysItsCellsHoldNumbersOnlyWhenTheyDo() throws Exception {
    ReportData few = ReportSamples.hostile();
    List<ReportData.EntityPoint> months = new ArrayList<>();
    for (int i = 0; i <= EntityHeatmap.MAX_NUMBERED_PERIODS; i++) {
      months.add(
          new ReportData.EntityPoint(
              "OpenAI", LocalDate.of(2020, 1, 1).plusMonths(i), 7, 9, Optional.of(0.1)));
    }
    ReportData many = ReportSamples.withEntityPoints(few, months);

    Chart numbered = EntityHeatmap.chart(few).orElseThrow();
    Chart plain = EntityHeatmap.chart(many).orElseThrow();

    assertThat(numbered.caption()).contains("its number the articles");
    assertThat(texts(parse(numbered.svg()))).contains("1", "3", "2");
    assertThat(plain.caption()).doesNotContain("number");
    assertThat(texts(parse(plain.svg()))).doesNotContain("7");
  }

  @Test
  void aPeriodWithoutArticlesBreaksTheShareLine() {
    List<SharePoint> shares =
        List.of(
            new SharePoint("regulation", LocalDate.of(2022, 8, 1), 0.25, 3, 12),
            new SharePoint("regulation", LocalDate.of(2022, 9, 1), 0.0, 0, 0),
            new SharePoint("competitiveness", LocalDate.of(2022, 9, 1), 0.0, 0, 0),
            new SharePoint("regulation", LocalDate.of(2022, 10, 1), 0.5, 1, 2));

    XYSeries s = ReportCharts.shareSeries(shares, "regulation", "Regulation");

    assertThat(s.getItemCount()).isEqualTo(3);
    assertThat(s.getY(0)).isEqualTo(0.25);
    assertThat(s.getY(1)).as("no articles: a gap, not 0%").isNull();
    assertThat(s.getY(2)).isEqualTo(0.5);
  }

  @Test
  void smallPeriodsArePooledWithTheirNeighboursByArticles() {
    List<SharePoint> shares =
        List.of(
            new SharePoint("regulation", LocalDate.of(2022, 8, 1), 1.0, 1, 1),
            new SharePoint("regulation", LocalDate.of(2022, 9, 1), 0.0, 0, 3),
            new SharePoint("regulation", LocalDate.of(2022, 10, 1), 0.5, 2, 4),
            new SharePoint("regulation", LocalDate.of(2022, 11, 1), 0.0, 0, 0),
            new SharePoint("competitiveness", LocalDate.of(2022, 8, 1), 0.0, 0, 1));

    XYSeries s = ReportCharts.pooledShareSeries(shares, "regulation", "Regulation");

    assertThat(ReportCharts.mostlySmall(shares)).isTrue();
    assertThat(s.getItemCount()).isEqualTo(4);
    assertThat(s.getY(0)).as("Aug + Sep: 1 of 4 articles").isEqualTo(0.25);
    assertThat(s.getY(1)).as("Aug..Oct: 3 of 8, not the mean of 100%, 0%, 50%").isEqualTo(0.375);
    assertThat(s.getY(2)).as("Sep..Nov: 2 of 7").isEqualTo(2.0 / 7);
    assertThat(s.getY(3)).as("Oct + empty Nov: 2 of 4").isEqualTo(0.5);
    assertThat(
            ReportCharts.mostlySmall(
                List.of(
                    new SharePoint("regulation", LocalDate.of(2022, 8, 1), 0.5, 20, 40),
                    new SharePoint("regulation", LocalDate.of(2022, 9, 1), 0.5, 2, 4))))
        .as("one small period of two is not most")
        .isFalse();
  }

  @Test
  void aPeriodWithoutABalanceBreaksTheBalanceLine() {
    LocalDate aug = LocalDate.of(2022, 8, 1);
    List<BalancePoint> points =
        List.of(
            balance(aug.minusMonths(1), 0.2, 0.1, 0.3),
            balance(aug, -0.1, -0.4, 0.2),
            new BalancePoint(
                aug.plusMonths(1),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                0,
                0,
                0),
            new BalancePoint(
                aug.plusMonths(2),
                Optional.of(1.0),
                Optional.empty(),
                Optional.empty(),
                2,
                1,
                0,
                1));

    YIntervalSeriesCollection runs = ReportCharts.balanceSegments(points);

    assertThat(runs.getSeriesCount()).as("two runs around the empty month").isEqualTo(2);
    assertThat(runs.getItemCount(0)).isEqualTo(2);
    assertThat(runs.getYValue(0, 1)).isEqualTo(-0.1);
    assertThat(runs.getStartYValue(0, 1)).isEqualTo(-0.4);
    assertThat(runs.getItemCount(1)).isEqualTo(1);
    assertThat(runs.getStartYValue(1, 0)).as("no interval: zero width").isEqualTo(1.0);
  }

  @Test
  void smallPeriodsPoolTheirBalanceByArticlesWithEitherFrame() {
    LocalDate aug = LocalDate.of(2022, 8, 1);
    List<BalancePoint> points =
        List.of(
            scored(aug, Optional.of(1.0), 1),
            scored(aug.plusMonths(1), Optional.of(-0.5), 4),
            scored(aug.plusMonths(2), Optional.empty(), 0),
            scored(aug.plusMonths(3), Optional.empty(), 0),
            scored(aug.plusMonths(4), Optional.empty(), 0));

    XYSeries s = ReportCharts.pooledBalanceSeries(points);

    assertThat(ReportCharts.mostlySmallBalance(points)).isTrue();
    assertThat(s.getItemCount()).isEqualTo(5);
    assertThat(s.getY(0)).as("Aug + Sep: (1 - 2) / 5 articles").isEqualTo(-0.2);
    assertThat(s.getY(1)).as("Aug..Oct, Oct empty: the same 5").isEqualTo(-0.2);
    assertThat(s.getY(2)).as("Sep alone of Sep..Nov").isEqualTo(-0.5);
    assertThat(s.getY(4)).as("no article with either frame around Dec: none").isNull();
    assertThat(
            ReportCharts.mostlySmallBalance(
                List.of(
                    scored(aug, Optional.of(0.1), 25),
                    scored(aug.plusMonths(1), Optional.of(0.3), 2))))
        .as("one small period of two is not most")
        .isFalse();
  }

  private static BalancePoint scored(LocalDate period, Optional<Double> b, long scored) {
    return new BalancePoint(period, b, Optional.empty(), Optional.empty(), scored, 0, 0, scored);
  }

  private static BalancePoint balance(LocalDate period, double b, double low, double high) {
    return new BalancePoint(
        period, Optional.of(b), Optional.of(low), Optional.of(high), 10, 4, 4, 6);
  }

  @Test
  void noDataNoChart() {
    assertThat(ReportCharts.all(ReportSamples.empty())).isEmpty();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    // JFreeSVG writes a DOCTYPE; never fetch its DTD
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagName("text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getTextContent());
    }
    return out;
  }
}
