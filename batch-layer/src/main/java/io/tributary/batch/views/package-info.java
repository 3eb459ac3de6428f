/**
 * Batch view generations in HBase: the curated table folded into day and hour buckets per customer and currency,
 * written as HFiles by a MapReduce job, bulk-loaded into a fresh table {@code batch_view_g<N>}, and published by one
 * put of the pointer row that moves generation and {@code Wb} together.
 */
package io.tributary.batch.views;
