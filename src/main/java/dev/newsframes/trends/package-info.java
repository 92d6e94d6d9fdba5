/**
 * Frames over time: the YAML frame lexicon, its matcher, article presence, the sentence-state
 * cache, frame, balance and entity trends, spikes, evidence and their tables.
 */
package dev.newsframes.trends;
