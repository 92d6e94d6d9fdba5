/** Annotates article text with Stanford CoreNLP: sentences, sentiment, entity mentions. */
package dev.newsframes.nlp;
