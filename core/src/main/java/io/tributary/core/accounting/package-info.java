/** Record accounting of a run: read = curated + rejected + duplicates + filtered, per source and in total. */
package io.tributary.core.accounting;
