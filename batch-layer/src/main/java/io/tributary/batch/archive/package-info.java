/**
 * The Kafka archiver ({@code tributary archive}): copies the archived topics into the raw zone exactly once, per
 * partition offset range, as {@code .kafka.gz} files that the index job reads like any other landed file. Design
 * and the exactly-once argument: docs/LANDING.md, "The Kafka archiver".
 */
package io.tributary.batch.archive;
