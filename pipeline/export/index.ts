import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FactsDiff } from '../diff/index.js';
import { writeAtomically } from '../output.js';
import type { FactsFile } from '../types.js';
import type { TableRows } from './duckdb.js';
import { changeRows, changesTable, documentRow, documentsTable, factRows, factsTable, flatFactRows, flatFactsTable, type Cell, type Row, type TableSpec } from './tables.js';
import { csvText } from '../csv.js';

export { changesTable, documentsTable, factsTable, flatFactsTable, timeYears, type Column, type ColumnType, type Row, type TableSpec } from './tables.js';

export type ExportFormat = 'duckdb' | 'parquet' | 'csv' | 'jsonl';

/** The export formats by file extension. */
export const exportFormats: Record<string, ExportFormat> = { '.duckdb': 'duckdb', '.parquet': 'parquet', '.csv': 'csv', '.jsonl': 'jsonl' };

/** What is exported: facts files (converted documents) and diffs between editions. */
export interface ExportData {
  facts: FactsFile[];
  diffs: FactsDiff[];
}

export interface ExportSummary {
  path: string;
  format: ExportFormat;
  /** Rows of each table in the written file, earlier exports' rows included. */
  rows: Record<string, number>;
  /** Documents (and edition pairs) of this export whose earlier rows were replaced. */
  replaced: number;
}

/** A request that cannot be carried out as given: an unknown extension, facts and diffs in one flat file. */
export class ExportUsageError extends Error {}

/** The format of an export file, from its extension. */
export function exportFormat(path: string): ExportFormat {
  const format = exportFormats[extname(path).toLowerCase()];
  if (format === undefined) throw new ExportUsageError(`${path}: unknown export format (the file name must end in ${Object.keys(exportFormats).join(', ')})`);
  return format;
}

/**
 * Writes facts (and diffs) to `path`, the format from its extension: a DuckDB database with the
 * tables documents, facts and changes; or one table as Parquet, CSV or JSON Lines (the facts with
 * their document's columns, or the changes of diffs). Rows already in the file stay, except those
 * of the documents (by sha256) and edition pairs exported now, which are replaced: exporting
 * again gives the same content. The file is written whole or not at all.
 */
export async function exportFacts(path: string, data: ExportData): Promise<ExportSummary> {
  const format = exportFormat(path);
  const fresh = freshTables(format, data, path);
  const previous = existsSync(path) ? await readPrevious(path, format, fresh.map((table) => table.spec)) : new Map<string, Row[]>();
  let replaced = 0;
  const tables = fresh.map(({ spec, groups }) => {
    const merged = mergeRows(spec, previous.get(spec.name) ?? [], groups);
    // A database's documents table already counts the documents its facts table replaces.
    if (!(format === 'duckdb' && spec === factsTable)) replaced += merged.replaced;
    return { spec, rows: merged.rows };
  });
  // DuckDB keeps a write-ahead log beside a database while writing it.
  await writeAtomically(path, (temporary) => writeTables(temporary, format, tables), format === 'duckdb' ? ['.wal'] : []);
  return { path, format, rows: Object.fromEntries(tables.map((table) => [table.spec.name, table.rows.length])), replaced };
}

/** The rows this export brings, one group per document or diff: a group replaces the earlier rows of its key. */
function freshTables(format: ExportFormat, data: ExportData, path: string): { spec: TableSpec; groups: Row[][] }[] {
  const changes = { spec: changesTable, groups: data.diffs.map(changeRows) };
  if (format === 'duckdb') {
    return [{ spec: documentsTable, groups: data.facts.map((file) => [documentRow(file)]) }, { spec: factsTable, groups: data.facts.map(factRows) }, changes];
  }
  if (data.diffs.length > 0 && data.facts.length > 0) {
    throw new ExportUsageError(`${path}: a ${format} file holds one table: export facts and diffs to separate files, or both to a .duckdb database`);
  }
  return [data.diffs.length > 0 ? changes : { spec: flatFactsTable, groups: data.facts.map(flatFactRows) }];
}

/** Earlier rows whose key comes again are dropped; a key given twice now keeps its last group. Sorted by the table's order. */
function mergeRows(spec: TableSpec, previous: Row[], groups: Row[][]): { rows: Row[]; replaced: number } {
  const keyOf = (row: Row) => JSON.stringify(spec.key.map((column) => row[column] ?? null));
  const latest = new Map<string, Row[]>();
  for (const group of groups) if (group.length > 0) latest.set(keyOf(group[0]!), group);
  const previousKeys = new Set(previous.map(keyOf));
  const rows = [...previous.filter((row) => !latest.has(keyOf(row))), ...[...latest.values()].flat()];
  return { rows: rows.sort((a, b) => compareRows(spec, a, b)), replaced: [...latest.keys()].filter((key) => previousKeys.has(key)).length };
}

function compareRows(spec: TableSpec, a: Row, b: Row): number {
  for (const column of spec.order) {
    const order = compareCells(a[column] ?? null, b[column] ?? null);
    if (order !== 0) return order;
  }
  return 0;
}

/** Nulls first, numbers by value, text by code unit (not by locale: the same order on every machine). */
function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** DuckDB's client is loaded only here, when an export runs. */
const duckdb = () => import('./duckdb.js');

async function readPrevious(path: string, format: ExportFormat, specs: TableSpec[]): Promise<Map<string, Row[]>> {
  if (format === 'duckdb') {
    const tables = await (await duckdb()).readDuckDb(path, specs);
    return new Map(specs.map((spec) => [spec.name, (tables.get(spec.name) ?? []).map((row) => conform(spec, row, path))]));
  }
  const [spec] = specs as [TableSpec];
  const rows =
    format === 'parquet'
      ? await (await duckdb()).readParquet(path)
      : format === 'csv'
        ? (await (await duckdb()).readCsv(path)).map((row) => fromCsvText(spec, row))
        : (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Row);
  return new Map([[spec.name, rows.map((row) => conform(spec, row, path))]]);
}

/** An earlier row with this table's columns: columns added since are null; a row without the key is not this table's. */
function conform(spec: TableSpec, row: Row, path: string): Row {
  if (spec.key.some((column) => typeof row[column] !== 'string')) {
    throw new ExportUsageError(`${path}: exists and is not a baogao export of ${spec.name} (no ${spec.key.join(', ')} column); export to another file`);
  }
  return Object.fromEntries(spec.columns.map((column) => [column.name, row[column.name] ?? null]));
}

function fromCsvText(spec: TableSpec, row: Row): Row {
  const typed: Row = { ...row };
  for (const column of spec.columns) {
    const text = row[column.name];
    if (typeof text !== 'string') continue;
    if (column.type === 'DOUBLE' || column.type === 'INTEGER') typed[column.name] = Number(text);
    else if (column.type === 'BOOLEAN') typed[column.name] = text === 'true';
    else if (column.type === 'VARCHAR[]') typed[column.name] = JSON.parse(text) as string[];
  }
  return typed;
}

async function writeTables(path: string, format: ExportFormat, tables: TableRows[]): Promise<void> {
  if (format === 'duckdb') return (await duckdb()).writeDuckDb(path, tables);
  const [table] = tables as [TableRows];
  if (format === 'parquet') return (await duckdb()).writeParquet(path, table);
  await writeFile(path, format === 'csv' ? csvText(table.spec.columns.map((column) => column.name), table.rows) : jsonLinesText(table), 'utf8');
}

/** One JSON object per line, the columns in the table's order. */
function jsonLinesText({ spec, rows }: TableRows): string {
  return rows.map((row) => JSON.stringify(Object.fromEntries(spec.columns.map((column) => [column.name, row[column.name] ?? null]))) + '\n').join('');
}
