import { readFileSync } from 'node:fs';
import type { FactsDiff } from '../diff/index.js';
import type { Fact, FactsFile } from '../types.js';

/** The column types of an export, as DuckDB names them (Parquet gets the same logical types). */
export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN' | 'VARCHAR[]';

/** A value of a cell: lists only in VARCHAR[] columns, null for a missing value. */
export type Cell = string | number | boolean | string[] | null;
export type Row = Record<string, Cell>;

export interface Column {
  name: string;
  type: ColumnType;
}

/** A table of an export: its columns, the columns whose values replace earlier rows, and its order. */
export interface TableSpec {
  name: 'documents' | 'facts' | 'changes';
  columns: Column[];
  /** Rows of a re-exported document (or edition pair) replace the rows with the same values here. */
  key: string[];
  /** Columns that order the rows: the output is the same whatever order the inputs came in. */
  order: string[];
}

interface SchemaProperty {
  type?: string | string[];
  enum?: unknown[];
  items?: SchemaProperty;
}
interface FactsSchema {
  properties: { document: { properties: Record<string, SchemaProperty> } };
  $defs: { fact: { properties: Record<string, SchemaProperty> } };
}

/**
 * The facts file's JSON Schema, read where it is shipped (schema/ beside pipeline/ and dist/): the
 * columns follow it, so a field added to the schema is a column of every export.
 */
const schema = JSON.parse(readFileSync(new URL('../../schema/facts.schema.json', import.meta.url), 'utf8')) as FactsSchema;

/** The column type of a schema property: numbers DOUBLE, integers INTEGER, string lists VARCHAR[]; objects as JSON text. */
export function columnType(property: SchemaProperty): ColumnType {
  const types = [property.type ?? (property.enum?.every((value) => typeof value === 'string') ? 'string' : 'object')].flat().filter((type) => type !== 'null');
  if (types.length === 1) {
    if (types[0] === 'number') return 'DOUBLE';
    if (types[0] === 'integer') return 'INTEGER';
    if (types[0] === 'boolean') return 'BOOLEAN';
    if (types[0] === 'string') return 'VARCHAR';
    if (types[0] === 'array' && property.items?.type === 'string') return 'VARCHAR[]';
  }
  return 'VARCHAR';
}

/** A schema field's value as a cell of its column: objects and other lists as JSON text. */
function cell(value: unknown, type: ColumnType): Cell {
  if (value === undefined || value === null) return null;
  if (type === 'VARCHAR' && typeof value === 'object') return JSON.stringify(value);
  return value as Cell;
}

/** Columns computed from a field, placed right after it. */
interface DerivedColumn extends Column {
  value: (fact: Fact) => Cell;
}

/** The separator of section_path: the heading path as one string, for LIKE and grouping. */
export const sectionSeparator = ' > ';

const derivedFactColumns: Record<string, DerivedColumn[]> = {
  section: [{ name: 'section_path', type: 'VARCHAR', value: (fact) => fact.section.join(sectionSeparator) }],
  time: [
    { name: 'year_from', type: 'INTEGER', value: (fact) => timeYears(fact.time)?.[0] ?? null },
    { name: 'year_to', type: 'INTEGER', value: (fact) => timeYears(fact.time)?.[1] ?? null },
  ],
};

/** The first and last year of a time as the facts file writes it: "2020-11" → 2020–2020, "2016/2020" → 2016–2020. */
export function timeYears(time: string | null): [number, number] | null {
  if (time === null) return null;
  const [from, to = from] = time.split('/').map((part) => Number(part.slice(0, 4)));
  return Number.isInteger(from) && Number.isInteger(to) ? [from!, to!] : null;
}

const documentProperties = Object.entries(schema.properties.document.properties);
const factProperties = Object.entries(schema.$defs.fact.properties);

export const documentsTable: TableSpec = {
  name: 'documents',
  columns: [...documentProperties.map(([name, property]) => ({ name, type: columnType(property) })), { name: 'fact_count', type: 'INTEGER' }],
  key: ['sha256'],
  order: ['source_file', 'sha256'],
};

/** The fact's document (by sha256 and file name) and its place in the facts file, then every field of a fact. */
const factIdentity: Column[] = [
  { name: 'document_sha256', type: 'VARCHAR' },
  { name: 'document_source_file', type: 'VARCHAR' },
  { name: 'ordinal', type: 'INTEGER' },
];

const factColumns: Column[] = factProperties.flatMap(([name, property]) => [
  { name, type: columnType(property) },
  ...(derivedFactColumns[name] ?? []).map(({ name, type }) => ({ name, type })),
]);

export const factsTable: TableSpec = {
  name: 'facts',
  columns: [...factIdentity, ...factColumns],
  key: ['document_sha256'],
  order: ['document_source_file', 'document_sha256', 'ordinal'],
};

/**
 * The facts with their document's columns joined in (document_title, document_language, …): the
 * one table of a flat file (Parquet, CSV, JSON Lines).
 */
export const flatFactsTable: TableSpec = {
  name: 'facts',
  columns: [
    ...documentsTable.columns.filter((column) => column.name !== 'fact_count').map((column) => ({ ...column, name: `document_${column.name}` })),
    { name: 'ordinal', type: 'INTEGER' },
    ...factColumns,
  ],
  key: factsTable.key,
  order: factsTable.order,
};

/** One row per metric of a diff.yaml: pairs (changed, unchanged, every pairing of an ambiguous match) and metrics of one edition. */
export const changesTable: TableSpec = {
  name: 'changes',
  columns: [
    { name: 'old_document_sha256', type: 'VARCHAR' },
    { name: 'new_document_sha256', type: 'VARCHAR' },
    { name: 'old_document_source_file', type: 'VARCHAR' },
    { name: 'new_document_source_file', type: 'VARCHAR' },
    { name: 'old_reporting_year', type: 'INTEGER' },
    { name: 'new_reporting_year', type: 'INTEGER' },
    { name: 'ordinal', type: 'INTEGER' },
    { name: 'status', type: 'VARCHAR' },
    { name: 'metric', type: 'VARCHAR' },
    { name: 'unit', type: 'VARCHAR' },
    { name: 'kind', type: 'VARCHAR' },
    { name: 'old_id', type: 'VARCHAR' },
    { name: 'new_id', type: 'VARCHAR' },
    { name: 'old_text', type: 'VARCHAR' },
    { name: 'new_text', type: 'VARCHAR' },
    { name: 'old_value', type: 'DOUBLE' },
    { name: 'new_value', type: 'DOUBLE' },
    { name: 'old_time', type: 'VARCHAR' },
    { name: 'new_time', type: 'VARCHAR' },
    { name: 'absolute_change', type: 'DOUBLE' },
    { name: 'relative_change', type: 'DOUBLE' },
    { name: 'section', type: 'VARCHAR[]' },
    { name: 'section_path', type: 'VARCHAR' },
  ],
  key: ['old_document_sha256', 'new_document_sha256'],
  order: ['old_document_source_file', 'new_document_source_file', 'old_document_sha256', 'new_document_sha256', 'ordinal'],
};

export function documentRow(file: FactsFile): Row {
  const row: Row = {};
  for (const [name, property] of documentProperties) row[name] = cell((file.document as unknown as Record<string, unknown>)[name], columnType(property));
  row.fact_count = file.facts.length;
  return row;
}

/** The rows of a facts file's facts, in the file's order (ordinal 1, 2, …). */
export function factRows(file: FactsFile): Row[] {
  return file.facts.map((fact, index) => {
    const row: Row = { document_sha256: file.document.sha256, document_source_file: file.document.source_file, ordinal: index + 1 };
    for (const [name, property] of factProperties) {
      row[name] = cell((fact as unknown as Record<string, unknown>)[name], columnType(property));
      for (const derived of derivedFactColumns[name] ?? []) row[derived.name] = derived.value(fact);
    }
    return row;
  });
}

/** Facts rows with their document's columns joined in. */
export function flatFactRows(file: FactsFile): Row[] {
  const document = Object.fromEntries(Object.entries(documentRow(file)).map(([name, value]) => [`document_${name}`, value]));
  return factRows(file).map((row) => {
    const flat: Row = {};
    for (const column of flatFactsTable.columns) flat[column.name] = column.name in document ? document[column.name]! : row[column.name]!;
    return flat;
  });
}

type ChangeStatus = 'changed' | 'unchanged' | 'ambiguous' | 'only_old' | 'only_new';

/** The rows of a diff: changed and unchanged pairs, each pairing of an ambiguous match, then the metrics of one edition. */
export function changeRows(diff: FactsDiff): Row[] {
  const rows: Row[] = [];
  const add = (status: ChangeStatus, metric: string, old: Fact | null, next: Fact | null, change?: { absolute: number; relative: number | null }) => {
    const either = (next ?? old)!;
    rows.push({
      old_document_sha256: diff.old.sha256,
      new_document_sha256: diff.new.sha256,
      old_document_source_file: diff.old.source_file,
      new_document_source_file: diff.new.source_file,
      old_reporting_year: diff.old.reporting_year,
      new_reporting_year: diff.new.reporting_year,
      ordinal: rows.length + 1,
      status,
      metric,
      unit: either.unit,
      kind: either.kind,
      old_id: old?.id ?? null,
      new_id: next?.id ?? null,
      old_text: old?.text ?? null,
      new_text: next?.text ?? null,
      old_value: old?.value ?? null,
      new_value: next?.value ?? null,
      old_time: old?.time ?? null,
      new_time: next?.time ?? null,
      absolute_change: change?.absolute ?? null,
      relative_change: change?.relative ?? null,
      section: either.section,
      section_path: either.section.join(sectionSeparator),
    });
  };
  for (const pair of diff.changed) add('changed', pair.metric, pair.old, pair.new, pair.change);
  for (const pair of diff.unchanged) add('unchanged', pair.metric, pair.old, pair.new, { absolute: 0, relative: pair.old.value === 0 ? null : 0 });
  for (const match of diff.ambiguous) for (const old of match.old) for (const next of match.new) add('ambiguous', match.metric, old, next);
  for (const fact of diff.only_old) add('only_old', fact.subject, fact, null);
  for (const fact of diff.only_new) add('only_new', fact.subject, null, fact);
  return rows;
}
