package dev.newsframes.ingest.dump;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The UI wording of one language of the labelled news-page template (HTX / marsbit style): the
 * section labels and the site chrome to drop.
 *
 * @param language BCP-47 code of the UI language (not of the article)
 * @param published label before the publication date, e.g. "Published on"
 * @param updated label before the update date
 * @param summary section label of the summary
 * @param relatedQuestions section label of the Q&amp;A block
 * @param relatedReads section label of the teasers block
 * @param editorNotePrefixes how an editor's note starts
 * @param originalTextMarkers the line that ends an editor's note and starts the article proper
 * @param chromeLines lines that are site chrome wherever they occur (matched case-insensitively)
 * @param chromePrefixes prefixes of chrome lines (promos such as "How to Buy ORDER")
 */
public record TemplateLabels(
    String language,
    String published,
    String updated,
    String summary,
    String relatedQuestions,
    String relatedReads,
    List<String> editorNotePrefixes,
    List<String> originalTextMarkers,
    Set<String> chromeLines,
    List<String> chromePrefixes) {

  /** Spanish, English and Chinese, the UI languages the template is served in. */
  public static final List<TemplateLabels> ALL =
      List.of(
          new TemplateLabels(
              "es",
              "Publicado a",
              "Actualizado a",
              "Resumen",
              "Preguntas relacionadas",
              "Lecturas Relacionadas",
              List.of("Nota del editor:", "Nota del Editor:", "Editor's Note:", "Editor’s Note:"),
              List.of(
                  "A continuación, el texto original:",
                  "A continuación el texto original:",
                  "Below is the original text:"),
              Set.of("trading", "spot", "futuros", "artículos destacados", "discusiones", "活动图片"),
              List.of("Cómo comprar ", "¡Bienvenido a HTX", "Bienvenido a la comunidad de HTX")),
          new TemplateLabels(
              "en",
              "Published on",
              "Updated on",
              "Summary",
              "Related Questions",
              "Related Reads",
              List.of("Editor's Note:", "Editor’s Note:", "Editor's note:"),
              List.of("Below is the original text:", "The following is the original text:"),
              Set.of("trading", "spot", "futures", "featured articles", "discussions", "活动图片"),
              List.of("How to Buy ", "Welcome to HTX", "Welcome to the HTX Community")),
          new TemplateLabels(
              "zh",
              "发布于",
              "更新于",
              "摘要",
              "相关问答",
              "相关阅读",
              List.of("编者按：", "编者按:", "Editor's Note:"),
              List.of("以下为原文：", "以下为原文:", "以下是原文：", "Below is the original text:"),
              Set.of("交易", "现货", "合约", "精选文章", "讨论", "活动图片"),
              List.of("如何购买", "欢迎来到HTX", "欢迎来到 HTX", "欢迎来到HTX社区")));

  private static final Pattern VIEW_COUNTER =
      Pattern.compile(
          "^\\d[\\d,.]*\\s*(Vistas totales|Total Views|Views|次浏览|浏览量|总浏览量).*",
          Pattern.CASE_INSENSITIVE);

  /** The labels whose published label starts the meta line of this page, if any language fits. */
  static Optional<TemplateLabels> detect(String metaLine) {
    return ALL.stream().filter(l -> metaLine.contains(l.published())).findFirst();
  }

  /** Whether a line is site chrome in this UI language. */
  boolean isChrome(String line) {
    String lower = line.strip().toLowerCase(Locale.ROOT);
    if (chromeLines.contains(lower) || VIEW_COUNTER.matcher(line.strip()).matches()) {
      return true;
    }
    return chromePrefixes.stream().anyMatch(line.strip()::startsWith);
  }

  boolean isSectionLabel(String line) {
    String s = line.strip();
    return s.equalsIgnoreCase(relatedQuestions) || s.equalsIgnoreCase(relatedReads);
  }
}
