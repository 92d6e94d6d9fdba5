/** Article-level frame presence: features from sentence hits, the fitted model and its fallback. */
package dev.newsframes.trends.presence;
