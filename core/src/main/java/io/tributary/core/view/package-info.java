/**
 * The byte layout of the serving views in HBase (row keys, column names, cell encodings), declared once for the
 * layers that write them (batch bulk load, speed sink) and the one that reads them (serving). Plain Java: no HBase
 * types, only the bytes.
 */
package io.tributary.core.view;
