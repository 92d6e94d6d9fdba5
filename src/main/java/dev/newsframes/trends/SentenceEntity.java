package dev.newsframes.trends;

import java.io.Serializable;

/**
 * An entity mention of a sentence as the frame matcher sees it.
 *
 * @param canonical the canonical entity name (may be null when annotate could not resolve one)
 * @param nerType the NER type, e.g. {@code ORGANIZATION}
 * @param text the mention's surface text, used so a name listed both as a lemma and as an entity
 *     trigger is counted once
 */
public record SentenceEntity(String canonical, String nerType, String text)
    implements Serializable {}
