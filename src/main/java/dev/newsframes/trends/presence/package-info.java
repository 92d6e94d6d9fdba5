/**
 * Article-level frame presence: features from sentence hits, sentence classifiers over encoder
 * states, the fitted model and its fallback, and the fitters train-frames uses.
 */
package dev.newsframes.trends.presence;
