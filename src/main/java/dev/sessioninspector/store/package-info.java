/**
 * The project file: one SQLite database per project holding many recordings. Schema, migrations
 * ({@code PRAGMA user_version}), the single writer fed by a queue, and the queries the GUI, the analysis and
 * the exporters read with. The only user of {@code java.sql}. See {@code docs/storage.md}.
 */
package dev.sessioninspector.store;
