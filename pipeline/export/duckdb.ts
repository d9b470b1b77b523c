/**
 * Everything that needs DuckDB: the .duckdb database, Parquet, and reading back earlier exports.
 * Loaded only when an export runs (a dynamic import from ./index.ts), so converting never pays
 * for DuckDB's native library.
 */
import { DuckDBInstance, LIST, listValue, VARCHAR, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { Cell, Row, TableSpec } from './tables.js';

/** A table and its rows, in the order they are written. */
export interface TableRows {
  spec: TableSpec;
  rows: Row[];
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteString = (text: string) => `'${text.replace(/'/g, "''")}'`;

async function withConnection<T>(path: string, work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function createTable(connection: DuckDBConnection, { spec, rows }: TableRows): Promise<void> {
  await connection.run(`CREATE TABLE ${quoteIdentifier(spec.name)} (${spec.columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}`).join(', ')})`);
  const appender = await connection.createAppender(spec.name);
  try {
    for (const row of rows) {
      for (const column of spec.columns) appendCell(appender, row[column.name] ?? null, column.type);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

function appendCell(appender: DuckDBAppender, value: Cell, type: TableSpec['columns'][number]['type']): void {
  if (value === null) return appender.appendNull();
  switch (type) {
    case 'VARCHAR':
      return appender.appendVarchar(String(value));
    case 'DOUBLE':
      return appender.appendDouble(Number(value));
    case 'INTEGER':
      return appender.appendInteger(Number(value));
    case 'BOOLEAN':
      return appender.appendBoolean(value === true);
    case 'VARCHAR[]':
      return appender.appendList(listValue((value as string[]).map(String)), LIST(VARCHAR));
  }
}

/** Writes a DuckDB database file holding these tables (the file must not exist yet). */
export async function writeDuckDb(path: string, tables: TableRows[]): Promise<void> {
  await withConnection(path, async (connection) => {
    for (const table of tables) await createTable(connection, table);
    await connection.run('CHECKPOINT');
  });
}

/** Writes one table as a Parquet file: lists stay lists, numbers DOUBLE, years INTEGER. */
export async function writeParquet(path: string, table: TableRows): Promise<void> {
  await withConnection(':memory:', async (connection) => {
    await createTable(connection, table);
    await connection.run(`COPY ${quoteIdentifier(table.spec.name)} TO ${quoteString(path)} (FORMAT parquet)`);
  });
}

/** The rows of an earlier export's tables, by table name; a table the file does not hold is absent. */
export async function readDuckDb(path: string, specs: TableSpec[]): Promise<Map<string, Row[]>> {
  return withConnection(':memory:', async (connection) => {
    await connection.run(`ATTACH ${quoteString(path)} AS previous (READ_ONLY)`);
    const present = new Set((await connection.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'previous'`)).getRowObjectsJson().map((row) => String(row.table_name)));
    const tables = new Map<string, Row[]>();
    for (const spec of specs) {
      if (present.has(spec.name)) tables.set(spec.name, await readRows(connection, `SELECT * FROM previous.${quoteIdentifier(spec.name)}`));
    }
    await connection.run('DETACH previous');
    return tables;
  });
}

export async function readParquet(path: string): Promise<Row[]> {
  return withConnection(':memory:', (connection) => readRows(connection, `SELECT * FROM read_parquet(${quoteString(path)})`));
}

/** A CSV's rows as text: empty unquoted fields are null, "" is the empty string. */
export async function readCsv(path: string): Promise<Row[]> {
  return withConnection(':memory:', (connection) => readRows(connection, `SELECT * FROM read_csv(${quoteString(path)}, header = true, all_varchar = true, quote = '"', escape = '"')`));
}

async function readRows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
}
