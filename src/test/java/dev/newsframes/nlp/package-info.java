/** Tests of the CoreNLP annotation core: pure pieces (*Test) and real models (*IT). */
package dev.newsframes.nlp;
