/** HiveQL text for the {@code hive/} folder, shared by the modules that declare tables (plain strings, no Hive types). */
package io.tributary.core.hive;
