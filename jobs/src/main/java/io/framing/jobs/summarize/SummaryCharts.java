package io.framing.jobs.summarize;

import io.framing.frames.Frame;
import io.framing.relations.RelationType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Draws the report's charts with JFreeChart, headless, as PNG bytes. Inputs are the small
 * aggregated rows {@link SummaryReport} collects. Party codes are shown by name.
 */
final class SummaryCharts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  static final int WIDTH = 1200;
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  /** Hostile acts in reds and browns, the rest in blues and greens. */
  private static final Map<String, Color> RELATION_COLORS = new LinkedHashMap<>();
  private static final Map<String, Color> FRAME_COLORS = new LinkedHashMap<>();

  static {
    RELATION_COLORS.put(RelationType.ATTACK.name(), new Color(0x7f0000));
    RELATION_COLORS.put(RelationType.CONDEMN.name(), new Color(0xd7301f));
    RELATION_COLORS.put(RelationType.ACCUSE.name(), new Color(0xfc8d59));
    RELATION_COLORS.put(RelationType.WARN.name(), new Color(0xfdbb84));
    RELATION_COLORS.put(RelationType.REJECT.name(), new Color(0x8c6d31));
    RELATION_COLORS.put(RelationType.DEMAND.name(), new Color(0xe6ab02));
    RELATION_COLORS.put(RelationType.INVESTIGATE.name(), new Color(0x756bb1));
    RELATION_COLORS.put(RelationType.APPEAL.name(), new Color(0x9ecae1));
    RELATION_COLORS.put(RelationType.MEDIATE.name(), new Color(0x3182bd));
    RELATION_COLORS.put(RelationType.SUPPORT.name(), new Color(0x31a354));
    FRAME_COLORS.put(Frame.AGGRESSION.name(), new Color(0xd7301f));
    FRAME_COLORS.put(Frame.SELF_DEFENSE.name(), new Color(0xfc8d59));
    FRAME_COLORS.put(Frame.CIVILIAN_HARM.name(), new Color(0x7f0000));
    FRAME_COLORS.put(Frame.DISINFORMATION.name(), new Color(0x756bb1));
    FRAME_COLORS.put(Frame.FOREIGN_INTERFERENCE.name(), new Color(0xe6ab02));
    FRAME_COLORS.put(Frame.DE_ESCALATION.name(), new Color(0x3182bd));
    FRAME_COLORS.put(Frame.SOLIDARITY.name(), new Color(0x31a354));
    FRAME_COLORS.put(Frame.SOVEREIGNTY.name(), new Color(0x969696));
  }

  private final PartyNames names;

  SummaryCharts(PartyNames names) {
    this.names = names;
  }

  /**
   * (a) For each party, how many relations of each type it directed at each side: one stacked
   * bar per (party, side). Rows: source_country, side, relation, n.
   */
  byte[] profile(List<String> parties, List<String> sides, List<Row> rows) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : rows) {
      counts.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2), r.getLong(3));
    }
    for (String type : RELATION_COLORS.keySet()) {
      for (String party : parties) {
        for (String side : sides) {
          Long n = counts.get(party + "|" + side + "|" + type);
          String category = names.of(party) + " \u2192 " + names.of(side) + " side";
          if (n != null) {
            data.addValue(n, label(type), category);
          } else if (anyFor(counts, party, side)) {
            data.addValue(0, label(type), category);
          }
        }
      }
    }
    JFreeChart chart = ChartFactory.createStackedBarChart(
        "What each party did toward each side of the conflict", null, "Number of relations", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    chart.addSubtitle(new TextTitle("Relations by type, per source party and the side of their target "
        + "(reds: hostile acts, blues and greens: appeals, mediation, support)", LABEL));
    CategoryPlot plot = style(chart);
    plot.setNoDataMessage("No relations toward either side");
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, RELATION_COLORS.get(data.getRowKey(i).toString().toUpperCase()));
    }
    int height = Math.max(420, 160 + 34 * Math.max(1, data.getColumnCount()));
    return png(chart, WIDTH, height);
  }

  private static boolean anyFor(Map<String, Long> counts, String party, String side) {
    for (String k : counts.keySet()) {
      if (k.startsWith(party + "|" + side + "|")) {
        return true;
      }
    }
    return false;
  }

  /** (b) Each party's frames as shares of all its frame labels. Rows: source_country, frame, n. */
  byte[] frameShares(List<String> parties, List<Row> rows) {
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : rows) {
      totals.merge(r.getString(0), r.getLong(2), Long::sum);
      counts.put(r.getString(0) + "|" + r.getString(1), r.getLong(2));
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Frame f : Frame.values()) {
      for (String party : parties) {
        Long total = totals.get(party);
        if (total == null || total == 0) {
          continue;
        }
        long n = counts.getOrDefault(party + "|" + f.name(), 0L);
        data.addValue(100.0 * n / total, f.label(), names.of(party) + " (" + total + ")");
      }
    }
    JFreeChart chart = ChartFactory.createStackedBarChart("How each party frames the conflict", null,
        "Share of the party's frame labels (%)", data, PlotOrientation.HORIZONTAL, true, false, false);
    chart.addSubtitle(new TextTitle("Frames of each party's relations, in % (number of frame labels in brackets)", LABEL));
    CategoryPlot plot = style(chart);
    plot.setNoDataMessage("No framed relations");
    plot.getRangeAxis().setRange(0, 100);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, FRAME_COLORS.get(Frame.values()[frameIndex(data.getRowKey(i).toString())].name()));
    }
    int height = Math.max(420, 180 + 44 * Math.max(1, data.getColumnCount()));
    return png(chart, WIDTH, height);
  }

  private static int frameIndex(String label) {
    for (Frame f : Frame.values()) {
      if (f.label().equals(label)) {
        return f.ordinal();
      }
    }
    return 0;
  }

  /** (c) Hostile and conciliatory relations per day. Rows: day, hostile, conciliatory. */
  byte[] timeline(List<Row> rows) {
    TimeSeries hostile = new TimeSeries("Hostile (condemn, accuse, warn, reject, attack)");
    TimeSeries conciliatory = new TimeSeries("Conciliatory (support, appeal, mediate)");
    for (Row r : rows) {
      Day day = new Day(r.getDate(0));
      hostile.addOrUpdate(day, r.getLong(1));
      conciliatory.addOrUpdate(day, r.getLong(2));
    }
    TimeSeriesCollection data = new TimeSeriesCollection();
    data.addSeries(hostile);
    data.addSeries(conciliatory);
    JFreeChart chart = ChartFactory.createTimeSeriesChart("Hostile vs conciliatory relations per day", "Day (UTC)",
        "Number of relations", data, true, false, false);
    XYPlot plot = chart.getXYPlot();
    chart.getTitle().setFont(TITLE);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setNoDataMessage("No dated relations");
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, new Color(0xd7301f));
    renderer.setSeriesPaint(1, new Color(0x3182bd));
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    renderer.setSeriesStroke(1, new BasicStroke(2.5f));
    plot.setRenderer(renderer);
    DateAxis x = (DateAxis) plot.getDomainAxis();
    x.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM yyyy"));
    x.setLabelFont(LABEL);
    x.setTickLabelFont(TICK);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    y.setLabelFont(LABEL);
    y.setTickLabelFont(TICK);
    chart.getLegend().setItemFont(LABEL);
    chart.getLegend().setPosition(RectangleEdge.TOP);
    return png(chart, WIDTH, 560);
  }

  /**
   * (d) The most active actors' stance toward each party: a cell per (actor, target), green
   * FAVOR, red AGAINST, grey NONE, with the score written in. Actors: source_actor,
   * source_country, source_role, docs, rels. Cells: source_actor, source_country,
   * target_country, stance, score.
   */
  byte[] stanceMatrix(List<Row> actors, List<Row> cells) {
    Map<String, Integer> targets = new LinkedHashMap<>();
    Map<String, Long> targetFreq = new LinkedHashMap<>();
    for (Row c : cells) {
      targetFreq.merge(c.getString(2), 1L, Long::sum);
    }
    targetFreq.entrySet().stream().sorted((a, b) -> b.getValue().equals(a.getValue())
            ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()))
        .limit(10).forEach(e -> targets.put(e.getKey(), targets.size()));
    List<String> actorLabels = new ArrayList<>();
    Map<String, Integer> actorIndex = new LinkedHashMap<>();
    // top actor first, at the top of the plot: y runs upward, so index from the bottom
    for (int i = actors.size() - 1; i >= 0; i--) {
      Row a = actors.get(i);
      actorIndex.put(a.getString(0) + "|" + a.getString(1), actorLabels.size());
      String party = names.of(a.getString(1));
      actorLabels.add(a.getString(0).equals(party) ? party : a.getString(0) + " (" + party + ")");
    }
    List<double[]> points = new ArrayList<>();
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (Row c : cells) {
      Integer x = targets.get(c.getString(2));
      Integer y = actorIndex.get(c.getString(0) + "|" + c.getString(1));
      if (x == null || y == null) {
        continue;
      }
      String stance = c.getString(3);
      double z = stance.equals("FAVOR") ? 1 : stance.equals("AGAINST") ? -1 : 0;
      points.add(new double[] {x, y, z});
      String word = stance.equals("FAVOR") ? "Favour" : stance.equals("AGAINST") ? "Against" : "None";
      XYTextAnnotation t = new XYTextAnnotation(word + String.format(" %+.2f", c.getDouble(4)), x, y);
      t.setFont(TICK);
      t.setPaint(stance.equals("NONE") ? Color.BLACK : Color.WHITE);
      labels.add(t);
    }
    double[][] series = new double[3][points.size()];
    for (int i = 0; i < points.size(); i++) {
      series[0][i] = points.get(i)[0];
      series[1][i] = points.get(i)[1];
      series[2][i] = points.get(i)[2];
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("stance", series);
    String[] targetLabels = new String[targets.size()];
    targets.forEach((code, i) -> targetLabels[i] = names.of(code));
    SymbolAxis x = new SymbolAxis("Target party", targetLabels.length == 0 ? new String[] {""} : targetLabels);
    SymbolAxis y = new SymbolAxis(null, actorLabels.isEmpty() ? new String[] {""} : actorLabels.toArray(new String[0]));
    x.setGridBandsVisible(false);
    y.setGridBandsVisible(false);
    x.setLabelFont(LABEL);
    x.setTickLabelFont(TICK);
    y.setTickLabelFont(TICK);
    x.setLowerMargin(0);
    x.setUpperMargin(0);
    x.setRange(-0.5, Math.max(0.5, targetLabels.length - 0.5));
    y.setRange(-0.5, Math.max(0.5, actorLabels.size() - 0.5));
    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = new LookupPaintScale(-1.5, 1.5, Color.WHITE);
    scale.add(-1.5, new Color(0xd7301f));
    scale.add(-0.5, new Color(0xbdbdbd));
    scale.add(0.5, new Color(0x31a354));
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setNoDataMessage("No stance rows");
    labels.forEach(plot::addAnnotation);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem("Favour", (Paint) new Color(0x31a354)));
    legend.add(new LegendItem("None (takes no side)", (Paint) new Color(0xbdbdbd)));
    legend.add(new LegendItem("Against", (Paint) new Color(0xd7301f)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart("Stance of the most active actors toward each party", TITLE, plot, true);
    chart.addSubtitle(new TextTitle("Stance (score from -1 against to +1 in favour) over all their relations and posts", LABEL));
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(LABEL);
    chart.getLegend().setPosition(RectangleEdge.TOP);
    int height = Math.max(420, 200 + 38 * Math.max(1, actorLabels.size()));
    int width = Math.max(WIDTH, 420 + 130 * targetLabels.length);
    return png(chart, width, height);
  }

  private static CategoryPlot style(JFreeChart chart) {
    chart.getTitle().setFont(TITLE);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xbbbbbb));
    StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.08);
    renderer.setItemMargin(0);
    CategoryAxis x = plot.getDomainAxis();
    x.setTickLabelFont(TICK);
    x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    x.setMaximumCategoryLabelWidthRatio(0.5f);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setLabelFont(LABEL);
    y.setTickLabelFont(TICK);
    chart.getLegend().setItemFont(LABEL);
    chart.getLegend().setPosition(RectangleEdge.TOP);
    return plot;
  }

  private static String label(String relationType) {
    return relationType.charAt(0) + relationType.substring(1).toLowerCase();
  }

  private static byte[] png(JFreeChart chart, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
