/** Spark runtime helpers shared by the jobs: session defaults and progress on long stages. */
package dev.newsframes.runtime;
