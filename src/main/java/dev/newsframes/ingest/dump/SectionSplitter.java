package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.model.QaPair;
import java.util.ArrayList;
import java.util.List;

/** Splits the lines after a labelled page's meta line into its sections. */
final class SectionSplitter {
  private SectionSplitter() {}

  static PageDumpParser.PageSections split(List<String> lines, TemplateLabels labels) {
    int i = 0;
    List<String> summary = new ArrayList<>();
    if (i < lines.size() && lines.get(i).equalsIgnoreCase(labels.summary())) {
      i++;
      // the template's summary is one paragraph; what follows is the note or the body
      if (i < lines.size() && !labels.isSectionLabel(lines.get(i))) {
        summary.add(lines.get(i++));
      }
    }
    List<String> editorNote = new ArrayList<>();
    if (i < lines.size() && startsWithAny(lines.get(i), labels.editorNotePrefixes())) {
      int marker = findMarker(lines, i, labels);
      int end = marker >= 0 ? marker : i + 1;
      for (int j = i; j < end; j++) {
        String line =
            j == i
                ? DumpLines.stripPrefix(lines.get(j), labels.editorNotePrefixes())
                : lines.get(j);
        editorNote.add(line);
      }
      i = marker >= 0 ? marker + 1 : end;
    }
    List<String> body = new ArrayList<>();
    while (i < lines.size() && !labels.isSectionLabel(lines.get(i))) {
      String line = lines.get(i++);
      if (!labels.isChrome(line)) {
        body.add(line);
      } else if (body.size() > 0 && !labels.isSectionLabel(line)) {
        // chrome after the body with no section labels: the rest of the page is chrome
        if (noLaterSection(lines, i, labels)) {
          return new PageDumpParser.PageSections(summary, editorNote, body, List.of(), List.of());
        }
      }
    }
    List<QaPair> qa = new ArrayList<>();
    if (i < lines.size() && lines.get(i).equalsIgnoreCase(labels.relatedQuestions())) {
      i++;
      int start = i;
      while (i < lines.size() && !lines.get(i).equalsIgnoreCase(labels.relatedReads())) {
        i++;
      }
      qa = QaBlockParser.parse(lines.subList(start, i), labels);
    }
    List<String> related = new ArrayList<>();
    if (i < lines.size() && lines.get(i).equalsIgnoreCase(labels.relatedReads())) {
      related.addAll(lines.subList(i + 1, lines.size()));
    }
    return new PageDumpParser.PageSections(summary, editorNote, body, qa, related);
  }

  private static boolean noLaterSection(List<String> lines, int from, TemplateLabels labels) {
    return lines.subList(from, lines.size()).stream().noneMatch(labels::isSectionLabel);
  }

  private static int findMarker(List<String> lines, int from, TemplateLabels labels) {
    for (int j = from; j < lines.size(); j++) {
      String line = lines.get(j);
      if (labels.isSectionLabel(line)) {
        return -1;
      }
      if (labels.originalTextMarkers().stream().anyMatch(line::equalsIgnoreCase)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean startsWithAny(String line, List<String> prefixes) {
    return prefixes.stream().anyMatch(line::startsWith);
  }
}
