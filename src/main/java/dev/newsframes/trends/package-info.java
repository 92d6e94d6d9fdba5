/** Frames over time: the YAML frame lexicon, its matcher, trend math, spikes and their tables. */
package dev.newsframes.trends;
