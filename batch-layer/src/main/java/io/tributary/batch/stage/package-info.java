/**
 * The index pass and the staging area: each landed transaction file is parsed and validated once
 * ({@link io.tributary.batch.stage.IndexJob}), its valid records staged by event date and its rejects by ingest
 * date in SequenceFiles ({@link io.tributary.batch.stage.StagedRecord}, {@link io.tributary.batch.stage.StagedRejection}),
 * so that curating one date reads only that date. Layout, formats and costs: docs/LANDING.md.
 */
package io.tributary.batch.stage;
