/** Sentiment towards each named target in a sentence: encoder, target marking, head, training. */
package dev.newsframes.sentiment.target;
