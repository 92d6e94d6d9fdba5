/** Scorers that compare the product's outputs with labels in the project's codebook formats. */
package dev.newsframes.lab.evaluate;
