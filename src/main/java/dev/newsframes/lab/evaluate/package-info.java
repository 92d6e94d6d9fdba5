/** Scorers and labelled-set readers behind the evaluate commands; never used by a stage. */
package dev.newsframes.lab.evaluate;
