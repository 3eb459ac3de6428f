/**
 * Parsing and validation of one record into a {@link io.tributary.core.parse.ParseResult}: a
 * {@link io.tributary.core.parse.Valid} record or a {@link io.tributary.core.parse.Rejection}. One parser per
 * format ({@link io.tributary.core.parse.JsonTransactionParser}, {@link io.tributary.core.parse.CsvTransactionParser},
 * {@link io.tributary.core.parse.PosLogParser}, {@link io.tributary.core.parse.CustomerChangeCsvParser}), one
 * validator for the three transaction formats. Parsers never throw on bad input and are not thread-safe.
 */
package io.tributary.core.parse;
