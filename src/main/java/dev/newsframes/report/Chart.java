package dev.newsframes.report;

/**
 * A rendered chart: an SVG document and where the page finds it.
 *
 * @param name file name without extension, also the id of its figure in the page
 * @param title what it shows, in a few words
 * @param caption how to read it, in one or two sentences
 */
public record Chart(String name, String title, String caption, String svg, int width, int height) {

  /** The path of the SVG file relative to the report's index.html. */
  public String file() {
    return "charts/" + name + ".svg";
  }
}
