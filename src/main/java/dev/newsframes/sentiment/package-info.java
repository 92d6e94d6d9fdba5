/**
 * The trainable news sentence-sentiment classifier: features, model, scores; no CoreNLP pipeline.
 */
package dev.newsframes.sentiment;
