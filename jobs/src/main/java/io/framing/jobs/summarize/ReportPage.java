package io.framing.jobs.summarize;

import java.util.List;
import org.apache.spark.sql.Row;

/** The report's {@code index.html}: the four charts and each party's typical evidence sentences. */
final class ReportPage {
  private ReportPage() {}

  /** @param examples rows of source_country, doc_id, relation, evidence, frames, rank, url, title */
  static String html(PartyNames names, List<String> parties, List<Row> examples) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Framing summary</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:1250px;margin:2em auto;color:#222}\n")
        .append("img{max-width:100%;border:1px solid #ddd;margin:0.5em 0 2em}\n")
        .append("blockquote{margin:0.4em 0 0.8em 1em;padding-left:0.8em;border-left:4px solid #bbb}\n")
        .append(".meta{color:#666;font-size:90%}\n</style>\n</head>\n<body>\n")
        .append("<h1>Framing summary</h1>\n")
        .append("<p>Who did what to whom, how each party framed it, and where each actor stands. ")
        .append("The tables behind these charts are <code>relations</code>, <code>framing_summary</code> and ")
        .append("<code>stance</code> beside this folder.</p>\n");
    chart(sb, "Relation types toward each side", SummaryReport.PROFILE_PNG,
        "Per party, the relations it directed at each side of the conflict, by type.");
    chart(sb, "Frames per party", SummaryReport.FRAMES_PNG, "The share of each frame among a party's framed relations.");
    chart(sb, "Hostile vs conciliatory, day by day", SummaryReport.TIMELINE_PNG,
        "Relations per day (UTC): hostile acts against conciliatory ones.");
    chart(sb, "Stance matrix", SummaryReport.STANCE_PNG,
        "The most active actors' stance toward each party, over all their relations and posts.");
    sb.append("<h2>Typical evidence per party</h2>\n<p class=\"meta\">The sentences whose relation type and ")
        .append("frames are the most usual for the party.</p>\n");
    for (String party : parties) {
      sb.append("<h3>").append(escape(names.of(party))).append("</h3>\n");
      boolean any = false;
      for (Row r : examples) {
        if (!r.getString(0).equals(party)) {
          continue;
        }
        any = true;
        List<String> frames = r.getList(4);
        sb.append("<blockquote>").append(escape(r.getString(3))).append("<br><span class=\"meta\">")
            .append(escape(r.getString(2))).append(frames.isEmpty() ? "" : " &middot; " + escape(String.join(", ", frames)))
            .append(" &middot; document ").append(link(r.getString(1), r.getString(6), r.getString(7)))
            .append("</span></blockquote>\n");
      }
      if (!any) {
        sb.append("<p class=\"meta\">No relations.</p>\n");
      }
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  /**
   * The doc_id, linked to the document's URL when it has one (articles; the title shows on
   * hover), else plain: the id finds the row in the {@code documents} table.
   */
  private static String link(String docId, String url, String title) {
    String code = "<code>" + escape(docId) + "</code>";
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return code;
    }
    return "<a href=\"" + escape(url) + "\"" + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">" + code + "</a>";
  }

  private static void chart(StringBuilder sb, String title, String file, String caption) {
    sb.append("<h2>").append(escape(title)).append("</h2>\n<p>").append(escape(caption)).append("</p>\n")
        .append("<img src=\"").append(file).append("\" alt=\"").append(escape(title)).append("\">\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
