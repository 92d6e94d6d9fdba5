package dev.newsframes.ingest.model;

/** One question and its answer from a page's "Related Questions" block. */
public record QaPair(String question, String answer) {}
