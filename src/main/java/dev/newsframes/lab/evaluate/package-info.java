/**
 * Scorers, labelled-set readers and cross-validation behind the evaluate and train-frames commands;
 * never imported by a stage.
 */
package dev.newsframes.lab.evaluate;
