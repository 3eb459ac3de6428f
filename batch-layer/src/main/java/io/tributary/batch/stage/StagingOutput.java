package io.tributary.batch.stage;

import org.apache.hadoop.fs.Path;

/**
 * One staging file being written by an index task: written at {@code temp} (in the task attempt's own work folder),
 * renamed to {@code target} when the whole raw file is done.
 *
 * @param temp   where it is written
 * @param target where it goes
 */
record StagingOutput(Path temp, Path target) {
}
