/** Measures computed over curated events, shared by the batch and the speed layer. */
package io.tributary.core.measure;
