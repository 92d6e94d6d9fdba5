/** Benchmark harnesses behind the bench commands; never used by a stage. */
package dev.newsframes.lab.bench;
