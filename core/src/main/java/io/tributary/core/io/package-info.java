/**
 * Reading whole files: format by extension, gzip, record framing with positions and the size limit, CSV headers
 * and corrupt files. {@link io.tributary.core.io.RecordFileReader} is the entry point.
 */
package io.tributary.core.io;
