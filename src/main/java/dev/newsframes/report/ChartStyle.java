package dev.newsframes.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;

/**
 * The look shared by every chart (palette, fonts, grid) and its rendering to SVG.
 *
 * <p>The palette colors are also the CSS classes {@code .c0..c9} of the page, so a frame has one
 * color everywhere.
 */
final class ChartStyle {
  private ChartStyle() {}

  static final Color[] PALETTE = {
    new Color(0x2563eb),
    new Color(0xea580c),
    new Color(0x7c3aed),
    new Color(0x0891b2),
    new Color(0x16a34a),
    new Color(0xdb2777),
    new Color(0xca8a04),
    new Color(0x475569),
    new Color(0xdc2626),
    new Color(0x65a30d)
  };

  static final Color INK = new Color(0x0f172a);
  static final Color MUTED = new Color(0x64748b);
  static final Color GRID = new Color(0xe2e8f0);
  static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);
  static final Font SMALL = new Font("SansSerif", Font.PLAIN, 10);
  static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

  /** The color of the i-th series. */
  static Color color(int i) {
    return PALETTE[Math.floorMod(i, PALETTE.length)];
  }

  /** {@code c} with an alpha in [0, 1]. */
  static Color alpha(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
  }

  /** Milliseconds since the epoch at the UTC start of {@code date}: the x of a period. */
  static double x(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * A date axis in UTC with English tick labels whose steps suit the granularity: whole months
   * ("May 2023") for monthly series, days or weeks ("15 May") for finer ones, years when the range
   * is long.
   */
  static DateAxis dateAxis(String granularity) {
    DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
    TickUnits units = new TickUnits();
    if (!granularity.equals("month")) {
      for (int days : new int[] {1, 2, 7, 14}) {
        units.add(new DateTickUnit(DateTickUnitType.DAY, days, format("d MMM")));
      }
    }
    for (int months : new int[] {1, 2, 3, 6}) {
      units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("MMM yyyy")));
    }
    for (int years : new int[] {1, 2, 5, 10, 25}) {
      units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy")));
    }
    axis.setStandardTickUnits(units);
    axis.setLowerMargin(0.03);
    axis.setUpperMargin(0.03);
    return axis;
  }

  private static DateFormat format(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ENGLISH);
    f.setTimeZone(UTC);
    return f;
  }

  /** White background, light grid, quiet axes, legend at the bottom without a frame. */
  static JFreeChart apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 4, 4, 12));
    plot(chart.getXYPlot());
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LABEL);
      legend.setItemPaint(INK);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setBackgroundPaint(Color.WHITE);
    }
    return chart;
  }

  /** White background, light grid, quiet axes: one plot, or a panel of a combined one. */
  static void plot(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      if (axis != null) {
        axis.setTickLabelFont(LABEL);
        axis.setTickLabelPaint(MUTED);
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(MUTED);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
      }
    }
  }

  /**
   * The chart as a standalone SVG document of the given size. JFreeSVG escapes every text it draws
   * for XML, so labels from scraped text stay text.
   */
  static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGDocument();
  }
}
