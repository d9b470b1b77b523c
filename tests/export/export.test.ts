import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../pipeline/convert.js';
import { diffFacts } from '../../pipeline/diff/index.js';
import { changesTable, documentsTable, exportFacts, ExportUsageError, factsTable, flatFactsTable, timeYears, type TableSpec } from '../../pipeline/export/index.js';
import type { FactsFile } from '../../pipeline/types.js';
import { fixture, projectRoot } from '../helpers.js';

const schema = JSON.parse(readFileSync(join(projectRoot, 'schema', 'facts.schema.json'), 'utf8')) as {
  properties: { document: { properties: Record<string, unknown> } };
  $defs: { fact: { properties: Record<string, unknown> } };
};

/** Runs SQL on a DuckDB database (or in memory, for Parquet and CSV files) and returns the rows as plain objects. */
async function query(database: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(database);
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const columnTypes = (spec: TableSpec) => spec.columns.map(({ name, type }) => ({ name, type }));
const described = async (database: string, relation: string) =>
  (await query(database, `DESCRIBE SELECT * FROM ${relation}`)).map((row) => ({ name: row.column_name, type: row.column_type }));

describe('export tables follow the facts schema', () => {
  it('has a column for every field of a fact and of a document, of the type the schema gives', () => {
    const factColumns = new Map(factsTable.columns.map((column) => [column.name, column.type]));
    const flatColumns = new Map(flatFactsTable.columns.map((column) => [column.name, column.type]));
    for (const name of Object.keys(schema.$defs.fact.properties)) {
      expect(factColumns.has(name), name).toBe(true);
      expect(flatColumns.get(name), name).toBe(factColumns.get(name));
    }
    for (const name of Object.keys(schema.properties.document.properties)) {
      expect(documentsTable.columns.some((column) => column.name === name), name).toBe(true);
      expect(flatColumns.has(`document_${name}`), name).toBe(true);
    }
    expect(Object.fromEntries(['value', 'value_max', 'scale', 'page', 'time_inferred', 'section', 'time', 'year_from', 'year_to', 'section_path'].map((name) => [name, factColumns.get(name)]))).toEqual({
      value: 'DOUBLE', value_max: 'DOUBLE', scale: 'DOUBLE', page: 'INTEGER', time_inferred: 'BOOLEAN', section: 'VARCHAR[]',
      time: 'VARCHAR', year_from: 'INTEGER', year_to: 'INTEGER', section_path: 'VARCHAR',
    });
    expect(documentsTable.columns.find((column) => column.name === 'edition_year')?.type).toBe('INTEGER');
  });

  it.each([documentsTable, factsTable, changesTable])('documents every column of $name with its type in schema/export.md', (spec) => {
    const text = readFileSync(join(projectRoot, 'schema', 'export.md'), 'utf8');
    const section = text.split(/^## /m).find((part) => part.startsWith(`${spec.name}\n`))!;
    const documented = [...section.matchAll(/^\| `([a-z_0-9]+)` \| ([A-Z\[\]]+) \|/gm)].map(([, name, type]) => ({ name, type }));
    expect(documented).toEqual(columnTypes(spec));
  });

  it.each([
    ['2020', [2020, 2020]],
    ['2020-11', [2020, 2020]],
    ['2020-12-06', [2020, 2020]],
    ['2016/2020', [2016, 2020]],
    ['2015-06/2021-12', [2015, 2021]],
    [null, null],
  ] as const)('reads the years of time %s', (time, years) => {
    expect(timeYears(time)).toEqual(years);
  });
});

describe('export of the sample shelf (2020 report and 2021 excerpt)', () => {
  let work: string;
  let edition2020: FactsFile;
  let edition2021: FactsFile;
  const path = (name: string) => join(work, name);
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'baogao-export-'));
    edition2020 = await extractFacts(fixture('digital-china-2020.zh.txt'));
    edition2021 = await extractFacts(fixture('dcdr2021-excerpt.zh.txt'));
    for (const name of ['shelf.duckdb', 'shelf.parquet', 'shelf.csv', 'shelf.jsonl']) await exportFacts(path(name), { facts: [edition2021, edition2020], diffs: [] });
  }, 60_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  const factCount = () => edition2020.facts.length + edition2021.facts.length;

  it('writes a DuckDB database whose tables have every column with its type and a row per document and per fact', async () => {
    const database = path('shelf.duckdb');
    expect(await described(database, 'documents')).toEqual(columnTypes(documentsTable));
    expect(await described(database, 'facts')).toEqual(columnTypes(factsTable));
    expect(await described(database, 'changes')).toEqual(columnTypes(changesTable));
    const documents = await query(database, 'SELECT source_file, edition_year, fact_count FROM documents ORDER BY edition_year');
    expect(documents).toEqual([
      { source_file: 'digital-china-2020.zh.txt', edition_year: 2020, fact_count: edition2020.facts.length },
      { source_file: 'dcdr2021-excerpt.zh.txt', edition_year: 2021, fact_count: edition2021.facts.length },
    ]);
    expect(await query(database, 'SELECT count(*)::INTEGER AS n FROM facts')).toEqual([{ n: factCount() }]);
  });

  it('answers a query by subject and year with the figures of both editions', async () => {
    const rows = await query(
      path('shelf.duckdb'),
      `SELECT d.edition_year, f.value, f.unit, f.year_from FROM facts f JOIN documents d ON d.sha256 = f.document_sha256
       WHERE f.subject LIKE '%5G%基站%' AND f.year_from = d.edition_year ORDER BY d.edition_year`,
    );
    expect(rows).toEqual([
      { edition_year: 2020, value: 718000, unit: 'item', year_from: 2020 },
      { edition_year: 2021, value: 1425000, unit: 'item', year_from: 2021 },
    ]);
    const sections = await query(path('shelf.duckdb'), `SELECT section, section_path FROM facts WHERE subject LIKE '%5G%基站%' AND document_source_file LIKE 'digital%'`);
    expect(sections[0]).toEqual({
      section: ['一、“十三五”时期数字中国建设取得重要成就', '（一）数字中国建设质量效益加快提升'],
      section_path: '一、“十三五”时期数字中国建设取得重要成就 > （一）数字中国建设质量效益加快提升',
    });
  });

  it('writes Parquet that reads back with the same rows and types as the JSON Lines file', async () => {
    const parquet = `read_parquet('${path('shelf.parquet')}')`;
    expect(await described(':memory:', parquet)).toEqual(columnTypes(flatFactsTable));
    const fromParquet = await query(':memory:', `SELECT * FROM ${parquet}`);
    const fromJsonLines = (await readFile(path('shelf.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(fromParquet).toHaveLength(factCount());
    expect(fromParquet).toEqual(fromJsonLines);
    const base = fromParquet.find((row) => row.document_edition_year === 2021 && String(row.subject).includes('5G'));
    expect(base).toMatchObject({ value: 1425000, year_from: 2021, document_title: edition2021.document.title, section: edition2021.facts.find((fact) => fact.value === 1425000)!.section });
  });

  it('writes a CSV with a byte order mark, a header row and the Chinese text intact', async () => {
    const text = await readFile(path('shelf.csv'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(flatFactsTable.columns.map((column) => column.name).join(','));
    expect(text).toContain('数字中国发展报告（2021年）（节选）');
    const rows = await query(':memory:', `SELECT document_edition_year::INTEGER AS document_edition_year, value, section FROM read_csv('${path('shelf.csv')}') WHERE subject LIKE '%5G%基站%' ORDER BY document_edition_year`);
    expect(rows.map((row) => [row.document_edition_year, row.value])).toEqual([
      [2020, 718000],
      [2021, 1425000],
    ]);
    expect(JSON.parse(String(rows[0]!.section))).toEqual(['一、“十三五”时期数字中国建设取得重要成就', '（一）数字中国建设质量效益加快提升']);
    expect((await query(':memory:', `SELECT count(*)::INTEGER AS n FROM read_csv('${path('shelf.csv')}')`))[0]!.n).toBe(factCount());
  });

  it('gives the same content when exported again, whatever the order of the inputs', async () => {
    const before = {
      csv: await readFile(path('shelf.csv')),
      jsonl: await readFile(path('shelf.jsonl')),
      parquet: await query(':memory:', `SELECT * FROM read_parquet('${path('shelf.parquet')}')`),
      facts: await query(path('shelf.duckdb'), 'SELECT * FROM facts'),
      documents: await query(path('shelf.duckdb'), 'SELECT * FROM documents'),
    };
    for (const name of ['shelf.duckdb', 'shelf.parquet', 'shelf.csv', 'shelf.jsonl']) {
      const summary = await exportFacts(path(name), { facts: [edition2020, edition2021], diffs: [] });
      expect(summary.replaced, name).toBe(2);
    }
    expect(await readFile(path('shelf.csv'))).toEqual(before.csv);
    expect(await readFile(path('shelf.jsonl'))).toEqual(before.jsonl);
    expect(await query(':memory:', `SELECT * FROM read_parquet('${path('shelf.parquet')}')`)).toEqual(before.parquet);
    expect(await query(path('shelf.duckdb'), 'SELECT * FROM facts')).toEqual(before.facts);
    expect(await query(path('shelf.duckdb'), 'SELECT * FROM documents')).toEqual(before.documents);
  });

  it.each(['grow.duckdb', 'grow.csv', 'grow.jsonl', 'grow.parquet'])('%s grows by document and replaces the rows of a document exported again', async (name) => {
    const target = path(name);
    const table = name.endsWith('.duckdb') ? 'facts' : name.endsWith('.parquet') ? `read_parquet('${target}')` : name.endsWith('.csv') ? `read_csv('${target}')` : `read_json('${target}')`;
    const database = name.endsWith('.duckdb') ? target : ':memory:';
    const count = async () => Number((await query(database, `SELECT count(*)::INTEGER AS n FROM ${table}`))[0]!.n);
    await exportFacts(target, { facts: [edition2020], diffs: [] });
    expect(await count()).toBe(edition2020.facts.length);
    await exportFacts(target, { facts: [edition2021], diffs: [] });
    expect(await count()).toBe(factCount());
    // The 2021 excerpt converted again with fewer facts: its old rows go, the 2020 rows stay.
    const shorter = { ...edition2021, facts: edition2021.facts.slice(0, 5) };
    expect((await exportFacts(target, { facts: [shorter], diffs: [] })).replaced).toBe(1);
    expect(await count()).toBe(edition2020.facts.length + 5);
  });

  it('exports a diff as the changes table: the biggest change between the editions by SQL', async () => {
    const diff = diffFacts(edition2020, edition2021);
    const database = path('changes.duckdb');
    const summary = await exportFacts(database, { facts: [edition2020, edition2021], diffs: [diff] });
    const { changed, unchanged, only_old, only_new } = diff.summary;
    const ambiguousRows = diff.ambiguous.reduce((total, match) => total + match.old.length * match.new.length, 0);
    expect(summary.rows.changes).toBe(changed + unchanged + only_old + only_new + ambiguousRows);
    const biggest = await query(database, `SELECT metric, old_value, new_value, relative_change FROM changes WHERE status = 'changed' ORDER BY abs(relative_change) DESC LIMIT 1`);
    expect(biggest[0]).toMatchObject({ old_value: 718000, new_value: 1425000 });
    expect(biggest[0]!.relative_change).toBeCloseTo(0.9847, 4);
    // The changes of a diff join its documents' facts.
    const joined = await query(database, `SELECT count(*)::INTEGER AS n FROM changes c JOIN facts f ON f.document_sha256 = c.new_document_sha256 AND f.id = c.new_id WHERE c.status = 'changed'`);
    expect(joined[0]!.n).toBe(changed);
  });

  it('refuses facts and diffs together in a one-table file, and an unknown extension, writing nothing', async () => {
    const diff = diffFacts(edition2020, edition2021);
    await expect(exportFacts(path('mixed.csv'), { facts: [edition2020], diffs: [diff] })).rejects.toThrow(ExportUsageError);
    await expect(exportFacts(path('shelf.xlsx'), { facts: [edition2020], diffs: [] })).rejects.toThrow(/unknown export format/);
    await expect(readFile(path('mixed.csv'))).rejects.toThrow();
  });

  it('refuses to grow a file that is not an export of the same table', async () => {
    const target = path('changes.jsonl');
    await exportFacts(target, { facts: [], diffs: [diffFacts(edition2020, edition2021)] });
    const before = await readFile(target);
    await expect(exportFacts(target, { facts: [edition2020], diffs: [] })).rejects.toThrow(/not a baogao export of facts/);
    expect(await readFile(target)).toEqual(before);
  });
});
