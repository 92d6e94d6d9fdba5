package dev.newsframes.report;

import dev.newsframes.report.ReportData.EntityPoint;
import dev.newsframes.report.ReportData.EntitySummary;
import java.awt.Color;
import java.awt.Paint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Top entities over time: one row per entity, one cell per period it is mentioned in, colored by
 * the mean sentiment towards it in its mentions and, while cells are wide enough, labelled with the
 * number of articles.
 */
final class EntityHeatmap {
  private static final double DAY_MS = 86_400_000d;
  private static final Color NO_SENTIMENT = new Color(0xcbd5e1);

  /** Up to this many periods a cell is wide enough to hold its number of articles. */
  static final int MAX_NUMBERED_PERIODS = 36;

  private EntityHeatmap() {}

  static Optional<Chart> chart(ReportData data) {
    List<EntitySummary> entities = data.entities();
    if (entities.isEmpty() || data.entityPoints().isEmpty() || data.granularity().isEmpty()) {
      return Optional.empty();
    }
    String granularity = data.granularity().get();
    double width = PeriodFormat.days(granularity) * DAY_MS;
    List<String> names = entities.stream().map(EntitySummary::entity).toList();
    List<EntityPoint> points =
        data.entityPoints().stream().filter(p -> names.contains(p.entity())).toList();
    double[][] xyz = new double[3][points.size()];
    for (int i = 0; i < points.size(); i++) {
      EntityPoint p = points.get(i);
      xyz[0][i] = ChartStyle.x(p.period());
      xyz[1][i] = names.indexOf(p.entity());
      xyz[2][i] = p.meanSentiment().orElse(Double.NaN);
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("entities", xyz);

    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(width * 0.92);
    renderer.setBlockHeight(0.82);
    renderer.setBlockAnchor(RectangleAnchor.LEFT);
    renderer.setPaintScale(new SentimentScale());
    SymbolAxis y = new SymbolAxis(null, names.toArray(String[]::new));
    y.setInverted(true);
    y.setGridBandsVisible(false);
    DateAxis x = ChartStyle.dateAxis(granularity);
    LocalDate first = points.stream().map(EntityPoint::period).min(LocalDate::compareTo).get();
    LocalDate last = points.stream().map(EntityPoint::period).max(LocalDate::compareTo).get();
    x.setRange(ChartStyle.x(first) - width * 0.1, ChartStyle.x(last) + width * 1.1);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    // numbers only while cells are wide enough to hold them
    long periods = points.stream().map(EntityPoint::period).distinct().count();
    boolean numbered = periods <= MAX_NUMBERED_PERIODS;
    for (EntityPoint p : numbered ? points : List.<EntityPoint>of()) {
      XYTextAnnotation label =
          new XYTextAnnotation(
              Long.toString(p.articles()),
              ChartStyle.x(p.period()) + width * 0.46,
              names.indexOf(p.entity()));
      label.setFont(ChartStyle.SMALL);
      label.setPaint(ChartStyle.INK);
      plot.addAnnotation(label);
    }
    JFreeChart chart = ChartStyle.apply(new JFreeChart(null, ChartStyle.LABEL, plot, false));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    chart.addSubtitle(legend());
    int height = 110 + 30 * names.size();
    return Optional.of(
        new Chart(
            "entities",
            "Top entities over time",
            "One row per entity, most covered first; a cell is a "
                + granularity
                + " the entity is mentioned in"
                + (numbered ? ", its number the articles" : "")
                + ", its color the mean"
                + " sentiment towards the entity in its mentions, each scored for what it says"
                + " about that entity (red negative, green positive, grey unknown).",
            ChartStyle.svg(chart, ReportCharts.WIDTH, height),
            ReportCharts.WIDTH,
            height));
  }

  private static PaintScaleLegend legend() {
    NumberAxis axis = new NumberAxis("mean sentiment towards the entity");
    axis.setRange(-1, 1);
    axis.setTickLabelFont(ChartStyle.SMALL);
    axis.setLabelFont(ChartStyle.SMALL);
    axis.setTickLabelPaint(ChartStyle.MUTED);
    axis.setLabelPaint(ChartStyle.MUTED);
    PaintScaleLegend legend = new PaintScaleLegend(new SentimentScale(), axis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    legend.setStripWidth(10);
    legend.setMargin(new RectangleInsets(6, 220, 4, 220));
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    return legend;
  }

  /** Red (-1) through light grey (0) to green (+1); grey-blue when the sentiment is unknown. */
  static final class SentimentScale implements PaintScale {
    private static final Color NEGATIVE = new Color(0xdc2626);
    private static final Color NEUTRAL = new Color(0xf1f5f9);
    private static final Color POSITIVE = new Color(0x16a34a);

    @Override
    public double getLowerBound() {
      return -1;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double value) {
      if (Double.isNaN(value)) {
        return NO_SENTIMENT;
      }
      double v = Math.max(-1, Math.min(1, value));
      return v < 0 ? mix(NEUTRAL, NEGATIVE, -v) : mix(NEUTRAL, POSITIVE, v);
    }

    private static Color mix(Color from, Color to, double t) {
      return new Color(
          (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
          (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
          (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }
  }
}
