/** Measurement against labelled data: scorers and the figures the evaluate commands print. */
package dev.newsframes.lab;
