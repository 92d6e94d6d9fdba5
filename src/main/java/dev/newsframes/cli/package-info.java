/** Command-line entry points: one picocli command per stage or tool. */
package dev.newsframes.cli;
