/** Warehouse tables: names, schemas, paths and partitioned Parquet reads and writes. */
package dev.newsframes.io;
