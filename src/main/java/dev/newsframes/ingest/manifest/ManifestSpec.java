package dev.newsframes.ingest.manifest;

/** A manifest CSV (any Hadoop path) and how its columns are named. */
public record ManifestSpec(String path, ManifestColumns columns) {}
