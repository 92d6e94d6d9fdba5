/** The report stage: charts, a static HTML report and CSV exports of the trend tables. */
package dev.newsframes.report;
