/** newsframes: Spark batch analytics of how news coverage frames a topic over time. */
package dev.newsframes;
