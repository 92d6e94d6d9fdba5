/** Tooling commands: evaluate, bench and train, for measuring and tuning the product. */
package dev.newsframes.cli.tooling;
