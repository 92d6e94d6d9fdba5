package dev.newsframes.sentiment.target;

/** A target with its gold polarity and the id it had in its source file. */
public record LabelledTarget(String id, TargetInput input, TargetLabel gold) {}
