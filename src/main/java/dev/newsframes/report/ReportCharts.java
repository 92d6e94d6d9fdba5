package dev.newsframes.report;

import dev.newsframes.report.ReportData.BalancePoint;
import dev.newsframes.report.ReportData.FrameInfo;
import dev.newsframes.report.ReportData.SharePoint;
import dev.newsframes.report.ReportData.SpikeItem;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The report's charts (JFreeChart, rendered to SVG by JFreeSVG); each is absent without data. */
public final class ReportCharts {
  static final int WIDTH = 960;
  static final int HEIGHT = 380;
  static final String BALANCE_SERIES = "balance index (95% band)";

  static final String BALANCE_SERIES_POOLED =
      "balance index, pooled over " + ReportCharts.POOLED_PERIODS + " periods";

  /** Periods with fewer counted articles than this move by whole articles. */
  static final int SMALL_PERIOD = 20;

  /** The period and its two neighbours, pooled when most periods are small. */
  static final int POOLED_PERIODS = 3;

  private ReportCharts() {}

  /** Every chart the data allows, in page order. */
  public static List<Chart> all(ReportData data) {
    List<Chart> charts = new ArrayList<>();
    frameShares(data).ifPresent(charts::add);
    balance(data).ifPresent(charts::add);
    EntityHeatmap.chart(data).ifPresent(charts::add);
    return charts;
  }

  /** Height of one frame's panel in the frame-shares chart, and of its date axis and margins. */
  static final int PANEL_HEIGHT = 96;

  static final int PANEL_FRAME = 70;

  /**
   * One panel per frame, stacked over one date axis and one shared 0-100% scale (small multiples:
   * six crossing lines on one plot could not be read): the share of each period's articles that
   * carry the frame; rings mark spikes.
   */
  public static Optional<Chart> frameShares(ReportData data) {
    if (data.shares().isEmpty() || data.granularity().isEmpty()) {
      return Optional.empty();
    }
    boolean pooled = mostlySmall(data.shares());
    CombinedDomainXYPlot panels = sharePanels(data, pooled);
    if (panels.getSubplots().isEmpty()) {
      return Optional.empty();
    }
    JFreeChart chart = ChartStyle.apply(new JFreeChart(null, ChartStyle.LABEL, panels, false));
    String period = data.granularity().get();
    String caption =
        pooled
            ? "One panel per frame, on one scale. Lines: share of the articles of each "
                + period
                + " and its two neighbours that carry the frame (pooled over "
                + POOLED_PERIODS
                + " "
                + period
                + "s, since most "
                + period
                + "s hold fewer than "
                + SMALL_PERIOD
                + " articles); dots: each "
                + period
                + " alone. Rings mark spikes."
            : "One panel per frame, on one scale: the share of each "
                + period
                + "'s articles that carry the frame. Rings mark spikes.";
    int height = PANEL_FRAME + PANEL_HEIGHT * panels.getSubplots().size();
    return Optional.of(
        new Chart(
            "frame-shares",
            "Frame shares over time",
            caption,
            ChartStyle.svg(chart, WIDTH, height),
            WIDTH,
            height));
  }

  /** One panel per frame with shares, in the frames' order, over one date axis. */
  static CombinedDomainXYPlot sharePanels(ReportData data, boolean pooled) {
    CombinedDomainXYPlot panels =
        new CombinedDomainXYPlot(ChartStyle.dateAxis(data.granularity().orElseThrow()));
    panels.setGap(18); // room between one panel's 0% and the next one's top label
    for (FrameInfo f : data.frames()) {
      XYSeries s = shareSeries(data.shares(), f.id(), f.label());
      if (!s.isEmpty()) {
        XYSeries line = pooled ? pooledShareSeries(data.shares(), f.id(), f.label()) : s;
        Optional<XYSeriesCollection> dots =
            pooled ? Optional.of(new XYSeriesCollection(s)) : Optional.empty();
        panels.add(framePanel(data, f, new XYSeriesCollection(line), dots), 1);
      }
    }
    return panels;
  }

  /** One frame's panel: its share line, the single periods as faint dots, its spike rings. */
  private static XYPlot framePanel(
      ReportData data,
      FrameInfo frame,
      XYSeriesCollection line,
      Optional<XYSeriesCollection> singlePeriods) {
    Color c = ChartStyle.color(data.frameIndex(frame.id()));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, singlePeriods.isEmpty());
    renderer.setSeriesPaint(0, c);
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    NumberAxis y = percentAxis(data, 2);
    y.setLabel(null);
    XYPlot panel = new XYPlot(line, null, y, renderer);
    singlePeriods.ifPresent(
        dots -> {
          // the single periods stay visible as faint dots under the pooled line
          panel.setDataset(2, dots);
          panel.setRenderer(2, faintDots(c, 0.35));
        });
    spikeRings(data, frame.id()).ifPresent(rings -> addRings(panel, rings));
    TextTitle name = new TextTitle(frame.label(), ChartStyle.LABEL);
    name.setPaint(c.darker());
    name.setBackgroundPaint(ChartStyle.alpha(Color.WHITE, 0.8));
    panel.addAnnotation(new XYTitleAnnotation(0.005, 0.98, name, RectangleAnchor.TOP_LEFT));
    ChartStyle.plot(panel);
    y.setTickLabelFont(ChartStyle.SMALL);
    return panel;
  }

  /**
   * The share line of one frame. A period without counted articles has no share: its point is null,
   * so the line breaks there instead of dropping to 0% or jumping the gap.
   */
  static XYSeries shareSeries(List<SharePoint> shares, String frame, String label) {
    XYSeries s = new XYSeries(label, true, false);
    for (SharePoint p : shares) {
      if (p.frame().equals(frame)) {
        s.add(ChartStyle.x(p.period()), p.periodArticles() == 0 ? null : (Number) p.share());
      }
    }
    return s;
  }

  /**
   * How many of the last periods the report's "latest" figures pool: 1 when the last period holds
   * at least {@link #SMALL_PERIOD} articles, else {@link #POOLED_PERIODS} (or as many as there
   * are), so a month of one article does not make a headline of +1.00 or 100%.
   *
   * @param sizes the articles of each period, oldest first, ending with the latest
   */
  static int latestWindow(List<Long> sizes) {
    if (sizes.isEmpty() || sizes.get(sizes.size() - 1) >= SMALL_PERIOD) {
      return Math.min(1, sizes.size());
    }
    return Math.min(POOLED_PERIODS, sizes.size());
  }

  /** The counted articles of each period of {@code shares}, in period order. */
  static TreeMap<LocalDate, Long> periodArticles(List<SharePoint> shares) {
    TreeMap<LocalDate, Long> sizes = new TreeMap<>();
    shares.forEach(p -> sizes.put(p.period(), p.periodArticles()));
    return sizes;
  }

  /** Whether more than half of the periods with articles hold fewer than {@link #SMALL_PERIOD}. */
  static boolean mostlySmall(List<SharePoint> shares) {
    Map<LocalDate, Long> sizes = periodArticles(shares);
    long withArticles = sizes.values().stream().filter(n -> n > 0).count();
    long small = sizes.values().stream().filter(n -> n > 0 && n < SMALL_PERIOD).count();
    return small * 2 > withArticles;
  }

  /**
   * The share line of one frame pooled over each period and its neighbours in the list: the frame's
   * articles over all articles of the {@link #POOLED_PERIODS} periods, so a month of one article
   * weighs one article, not a whole 0% or 100%. A period with no articles in its window has none.
   */
  static XYSeries pooledShareSeries(List<SharePoint> shares, String frame, String label) {
    return pooled(
        label,
        shares.stream().filter(p -> p.frame().equals(frame)).toList(),
        SharePoint::period,
        window -> ratio(window, SharePoint::articles, SharePoint::periodArticles));
  }

  /** The spikes of {@code frame}'s share series, as points to ring. */
  private static Optional<XYSeriesCollection> spikeRings(ReportData data, String frame) {
    XYSeries rings = new XYSeries("spike", true, true);
    for (SpikeItem s : data.spikes()) {
      if (s.seriesType().equals("frame") && s.series().equals(frame)) {
        rings.add(ChartStyle.x(s.period()), s.value());
      }
    }
    return rings.isEmpty() ? Optional.empty() : Optional.of(new XYSeriesCollection(rings));
  }

  private static void addRings(XYPlot plot, XYSeriesCollection rings) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    r.setSeriesPaint(0, ChartStyle.INK);
    r.setSeriesShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
    r.setSeriesShapesFilled(0, false);
    r.setSeriesStroke(0, new BasicStroke(1.8f));
    r.setUseOutlinePaint(false);
    plot.setDataset(1, rings);
    plot.setRenderer(1, r);
  }

  /** The balance index per period with its confidence band, +1 and -1 halves tinted. */
  public static Optional<Chart> balance(ReportData data) {
    if (data.balance().stream().noneMatch(p -> p.balance().isPresent())) {
      return Optional.empty();
    }
    boolean pooled = mostlySmallBalance(data.balance());
    NumberAxis y = new NumberAxis("balance index");
    y.setRange(-1.05, 1.05);
    XYPlot plot = new XYPlot(null, ChartStyle.dateAxis(data.granularity().orElse("day")), y, null);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(null, ChartStyle.LABEL, plot, true));
    if (pooled) {
      // months of a few articles swing between -1 and +1: the line pools each with its neighbours
      // by articles, the months alone stay as faint dots, the intervals stay in the table
      XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
      line.setSeriesPaint(0, ChartStyle.INK);
      line.setSeriesStroke(0, new BasicStroke(2.2f));
      plot.setDataset(0, new XYSeriesCollection(pooledBalanceSeries(data.balance())));
      plot.setRenderer(0, line);
      plot.setDataset(1, new XYSeriesCollection(singleBalanceSeries(data.balance())));
      plot.setRenderer(1, faintDots(ChartStyle.INK, 0.3));
    } else {
      YIntervalSeriesCollection dataset = balanceSegments(data.balance());
      DeviationRenderer renderer = new DeviationRenderer(true, true);
      renderer.setAlpha(0.22f);
      for (int i = 0; i < dataset.getSeriesCount(); i++) {
        renderer.setSeriesPaint(i, ChartStyle.INK);
        renderer.setSeriesFillPaint(i, ChartStyle.MUTED);
        renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesVisibleInLegend(i, i == 0);
      }
      plot.setDataset(0, dataset);
      plot.setRenderer(0, renderer);
    }
    ReportData.BalanceFrames frames = data.balanceFrames();
    plot.addRangeMarker(
        half(0, 1, data.frameIndex(frames.positive()), "more " + frames.positiveLabel(), true));
    plot.addRangeMarker(
        half(-1, 0, data.frameIndex(frames.negative()), "more " + frames.negativeLabel(), false));
    ValueMarker zero = new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1f));
    plot.addRangeMarker(zero);
    String period = data.granularity().orElse("period");
    String scale =
        ": +1 when every framed article is "
            + frames.positiveLabel()
            + " only, -1 when every one is "
            + frames.negativeLabel()
            + " only";
    String caption =
        pooled
            ? "Balance index"
                + scale
                + ". Line: each "
                + period
                + " pooled with its two neighbours (the mean over their articles with either frame,"
                + " since most "
                + period
                + "s hold fewer than "
                + SMALL_PERIOD
                + " of them); dots: each "
                + period
                + " alone. Each "
                + period
                + "'s bootstrap interval is in the table below and csv/frame_balance.csv."
            : "Balance index per "
                + period
                + scale
                + "; the band is the bootstrap confidence interval over articles.";
    return Optional.of(
        new Chart(
            "balance",
            frames.positiveLabel() + " vs " + frames.negativeLabel(),
            caption,
            ChartStyle.svg(chart, WIDTH, HEIGHT),
            WIDTH,
            HEIGHT));
  }

  /**
   * Whether more than half of the periods with a balance rest on fewer than {@link #SMALL_PERIOD}
   * articles with either frame.
   */
  static boolean mostlySmallBalance(List<BalancePoint> points) {
    long withBalance = points.stream().filter(p -> p.scoredArticles() > 0).count();
    long small =
        points.stream()
            .filter(p -> p.scoredArticles() > 0 && p.scoredArticles() < SMALL_PERIOD)
            .count();
    return small * 2 > withBalance;
  }

  /**
   * The balance pooled over each period and its neighbours in the list: the mean over all their
   * articles with either frame (each period's index weighted by its scored articles), so a month of
   * one article weighs one article. A window without such articles has none.
   */
  static XYSeries pooledBalanceSeries(List<BalancePoint> points) {
    return pooled(BALANCE_SERIES_POOLED, points, BalancePoint::period, ReportCharts::pooledBalance);
  }

  /**
   * The balance of {@code points} together: the mean over all their articles with either frame
   * (each period's index weighted by its scored articles); empty when none has such articles.
   */
  static OptionalDouble pooledBalance(List<BalancePoint> points) {
    return ratio(
        points,
        p -> p.balance().orElse(0.0) * p.scoredArticles(),
        p -> p.balance().isPresent() ? p.scoredArticles() : 0);
  }

  /** The sum of the points' numerators over the sum of their denominators; empty when that is 0. */
  private static <T> OptionalDouble ratio(
      List<T> points, ToDoubleFunction<T> numerator, ToLongFunction<T> denominator) {
    double sum = 0; // in order, as a reader adds them (DoubleStream.sum compensates)
    long all = 0;
    for (T p : points) {
      sum += numerator.applyAsDouble(p);
      all += denominator.applyAsLong(p);
    }
    return all == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / all);
  }

  /**
   * {@code ratio} of each point pooled with its neighbours ({@link #POOLED_PERIODS} in all); null
   * where it has none.
   */
  private static <T> XYSeries pooled(
      String name,
      List<T> points,
      Function<T, LocalDate> period,
      Function<List<T>, OptionalDouble> ratio) {
    XYSeries s = new XYSeries(name, true, false);
    int half = POOLED_PERIODS / 2;
    for (int i = 0; i < points.size(); i++) {
      OptionalDouble r =
          ratio.apply(points.subList(Math.max(0, i - half), Math.min(points.size(), i + half + 1)));
      s.add(
          ChartStyle.x(period.apply(points.get(i))),
          r.isPresent() ? (Number) r.getAsDouble() : null);
    }
    return s;
  }

  /**
   * Dots without a line in a pale {@code color}, out of the legend: single periods under a pooled
   * line.
   */
  private static XYLineAndShapeRenderer faintDots(Color color, double alpha) {
    XYLineAndShapeRenderer faint = new XYLineAndShapeRenderer(false, true);
    faint.setSeriesPaint(0, ChartStyle.alpha(color, alpha));
    faint.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    faint.setSeriesVisibleInLegend(0, false);
    return faint;
  }

  /** Each period's own balance, where it has one. */
  private static XYSeries singleBalanceSeries(List<BalancePoint> points) {
    XYSeries s = new XYSeries("balance of the period alone", true, false);
    for (BalancePoint p : points) {
      p.balance().ifPresent(b -> s.add(ChartStyle.x(p.period()), b));
    }
    return s;
  }

  /**
   * The balance line as runs of periods with a value: a period without one (no article had either
   * frame) ends a run, so line and band break there instead of bridging the gap. A point without an
   * interval (too few articles) has a band of zero width.
   */
  static YIntervalSeriesCollection balanceSegments(List<BalancePoint> points) {
    YIntervalSeriesCollection segments = new YIntervalSeriesCollection();
    YIntervalSeries run = null;
    for (BalancePoint p : points) {
      if (p.balance().isEmpty()) {
        run = null;
        continue;
      }
      if (run == null) {
        String name =
            BALANCE_SERIES
                + (segments.getSeriesCount() == 0 ? "" : " " + segments.getSeriesCount());
        run = new YIntervalSeries(name);
        segments.addSeries(run);
      }
      double b = p.balance().get();
      run.add(ChartStyle.x(p.period()), b, p.ciLow().orElse(b), p.ciHigh().orElse(b));
    }
    return segments;
  }

  private static IntervalMarker half(
      double from, double to, int colorIndex, String label, boolean top) {
    Color c = colorIndex >= 0 ? ChartStyle.color(colorIndex) : ChartStyle.MUTED;
    IntervalMarker m = new IntervalMarker(from, to, ChartStyle.alpha(c, 0.07));
    m.setLabel(label);
    m.setLabelFont(ChartStyle.LABEL);
    m.setLabelPaint(c.darker());
    m.setLabelAnchor(top ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
    m.setLabelTextAnchor(top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
    m.setLabelOffset(new RectangleInsets(6, 8, 6, 8));
    m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
    return m;
  }

  /** 0% to just above the largest share (never past 100%), about five gridlines. */
  static NumberAxis percentAxis(ReportData data) {
    return percentAxis(data, 6);
  }

  /** 0% to just above the largest share (never past 100%), at most {@code maxSteps} gridlines. */
  static NumberAxis percentAxis(ReportData data, int maxSteps) {
    NumberAxis y = new NumberAxis("share of articles");
    y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
    double max = data.shares().stream().mapToDouble(p -> p.share()).max().orElse(1);
    double upper = Math.max(0.05, Math.min(1.04, max * 1.1));
    y.setRange(0, upper);
    // about five gridlines, on round percentages
    double step = 0.01;
    for (double s : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5}) {
      step = s;
      if (upper / s <= maxSteps) {
        break;
      }
    }
    y.setTickUnit(new NumberTickUnit(step, NumberFormat.getPercentInstance(Locale.ENGLISH)));
    return y;
  }
}
