/** The dedup rule: survivor by source position, exact duplicates and conflicts, for a reducer or a streaming store. */
package io.tributary.core.dedup;
