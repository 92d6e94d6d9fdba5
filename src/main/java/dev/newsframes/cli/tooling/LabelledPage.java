package dev.newsframes.cli.tooling;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A page of a metadata benchmark with what its labels say.
 *
 * @param title the labelled title; empty when unlabelled
 * @param day the labelled publication day (UTC); empty when unlabelled
 * @param body the labelled main text; empty when unlabelled
 * @param with snippets that must be in the main text
 * @param without snippets that must not be in the main text
 */
record LabelledPage(
    String id,
    Path file,
    Optional<String> url,
    String title,
    Optional<LocalDate> day,
    String body,
    List<String> with,
    List<String> without) {}
