/** A real Spark standalone cluster on 127.0.0.1 for the job-jar and fault integration tests. */
package dev.newsframes.cluster;
