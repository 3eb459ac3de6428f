/**
 * Landing: copying input files unchanged into the immutable raw zone ({@code tributary ingest}), the landing
 * catalogue ({@code raw/_landed}) that makes landing idempotent by content hash, and the raw file name that carries
 * a file's ingest time and hash. Layout and guarantees: docs/LANDING.md.
 */
package io.tributary.batch.ingest;
