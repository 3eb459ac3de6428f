/** The lateness contract: UTC buckets, the speed and batch watermarks, lateness of an event and pending-late counts. */
package io.tributary.core.time;
