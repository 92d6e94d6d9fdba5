/**
 * The command line: one picocli command per stage, {@code run} and {@code sql}, the lock and run
 * manifest around every writing run ({@link dev.newsframes.cli.Runs}), shared option mixins and
 * exit codes.
 */
package dev.newsframes.cli;
