/** The command line: one picocli command per stage, shared Spark options and exit codes. */
package dev.newsframes.cli;
