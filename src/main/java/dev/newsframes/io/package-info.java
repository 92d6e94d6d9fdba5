/**
 * Warehouse tables: names, schemas, paths and partitioned Parquet reads and writes, their DDL, the
 * stamps that let a stage skip unchanged work, input-file expansion and Parquet footer checks.
 */
package dev.newsframes.io;
