/** The {@code newsframes} command line: one picocli command per stage and benchmark. */
package dev.newsframes.cli;
