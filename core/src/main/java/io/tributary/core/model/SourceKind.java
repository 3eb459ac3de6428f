package io.tributary.core.model;

/**
 * Where a record entered the platform. The declaration order is part of the dedup survivor rule
 * (see {@link SourcePosition}): at equal ingest times a Kafka record precedes a file record.
 */
public enum SourceKind {
    /** A message of a Kafka topic partition; the position is the message offset. */
    KAFKA,
    /** A line (or CSV record) of a landed file; the position is its byte offset and line number. */
    FILES
}
