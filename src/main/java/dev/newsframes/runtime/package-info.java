/**
 * What every stage runs inside: the {@link dev.newsframes.runtime.Stage} contract, the session, the
 * executor wait on a standalone cluster, the lock, the run manifest, progress, job descriptions and
 * caches.
 */
package dev.newsframes.runtime;
