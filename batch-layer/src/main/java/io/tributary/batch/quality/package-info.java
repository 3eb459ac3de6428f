/**
 * The nightly run's data-quality gate: checks a built, not yet published batch view generation and the curate run
 * it came from before the pointer moves. {@link io.tributary.batch.quality.QualityGate} is the plain logic (tested in
 * memory); {@link io.tributary.batch.quality.GateRun} gathers its inputs from the run store and HBase, and
 * {@link io.tributary.batch.quality.GateOutput} writes the verdict for Oozie's decision node.
 */
package io.tributary.batch.quality;
