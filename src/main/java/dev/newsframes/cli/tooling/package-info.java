/**
 * Tooling commands for measuring and tuning the product: evaluate, bench, the train commands, and
 * checksum (a fingerprint of every warehouse table).
 */
package dev.newsframes.cli.tooling;
