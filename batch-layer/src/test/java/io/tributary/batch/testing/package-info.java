/**
 * Test fixtures of the batch layer shared by its integration tests; {@link
 * io.tributary.batch.testing.EmbeddedMetastore} is a real Hive Metastore in the test JVM.
 */
package io.tributary.batch.testing;
