/**
 * Sentiment towards each named target in a sentence: encoder, target marking, head, training; and
 * the same encoder's sentence states that the presence model's sentence classifiers read.
 */
package dev.newsframes.sentiment.target;
