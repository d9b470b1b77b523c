import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { FactsFile } from '../../pipeline/index.js';
import { listFiles } from '../batch/shelf.js';
import { fixture } from '../helpers.js';
import { buildCli, type BuiltCli } from './build.js';

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

const editions = ['digital-china-2020.zh.txt', 'dcdr2021-excerpt.zh.txt'];

describe('baogao export and convert --export (compiled CLI)', () => {
  let cli: BuiltCli;
  let work: string;
  const path = (...names: string[]) => join(work, ...names);
  beforeAll(async () => {
    cli = await buildCli();
    work = await mkdtemp(join(tmpdir(), 'baogao-export-cli-'));
    await mkdir(path('shelf'));
    for (const name of editions) await copyFile(fixture(name), path('shelf', name));
    await writeFile(path('shelf', 'scan.pdf'), 'not a pdf');
  }, 300_000);
  afterAll(async () => {
    await cli.remove();
    await rm(work, { recursive: true, force: true });
  });

  it('convert --export loads every converted input once the batch is done, beside the failures', async () => {
    const { status, stdout, stderr } = await cli.baogao(['convert', path('shelf'), '-o', path('out'), '--jobs', '2', '--export', path('shelf.duckdb')]);
    expect(status).toBe(1);
    expect(stderr).toContain(`failed: ${path('shelf', 'scan.pdf')}`);
    expect(stdout).toContain('2 converted, 0 unchanged (skipped), 1 failed');
    const factsFiles = await Promise.all(
      editions.map(async (name) => YAML.parse(await readFile(path('out', name.replace(/\.txt$/, '.facts.yaml')), 'utf8')) as FactsFile),
    );
    const documents = await query(path('shelf.duckdb'), 'SELECT source_file, fact_count FROM documents ORDER BY source_file');
    expect(documents).toEqual(factsFiles.map((file) => ({ source_file: file.document.source_file, fact_count: file.facts.length })).sort((a, b) => (a.source_file < b.source_file ? -1 : 1)));
    const facts = await query(path('shelf.duckdb'), 'SELECT count(*)::INTEGER AS n FROM facts');
    expect(facts[0]!.n).toBe(factsFiles[0]!.facts.length + factsFiles[1]!.facts.length);
  }, 120_000);

  it('export converts documents not yet converted, writing nothing but the export, and gives what convert --export gave', async () => {
    const { status, stdout, stderr } = await cli.baogao(['export', ...editions.map((name) => path('shelf', name)), '--to', path('documents.duckdb')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('exported 2 documents');
    expect((await listFiles(path('shelf'))).sort()).toEqual([...editions, 'scan.pdf'].sort());
    expect(await query(path('documents.duckdb'), 'SELECT * FROM facts')).toEqual(await query(path('shelf.duckdb'), 'SELECT * FROM facts'));
  }, 120_000);

  it('exports a directory of facts files and the diff of two editions', async () => {
    const diff = await cli.baogao(['diff', path('out', 'digital-china-2020.zh.facts.yaml'), path('out', 'dcdr2021-excerpt.zh.facts.yaml'), '-o', path('out'), '-q']);
    expect(diff.status).toBe(1);
    const { status } = await cli.baogao(['export', path('out'), '--to', path('shelf.duckdb'), '-q']);
    expect(status).toBe(0);
    const changed = await query(path('shelf.duckdb'), `SELECT old_value, new_value FROM changes WHERE status = 'changed' ORDER BY abs(relative_change) DESC LIMIT 1`);
    expect(changed).toEqual([{ old_value: 718000, new_value: 1425000 }]);
    // Exported again from the facts files: the same rows as from the documents.
    expect(await query(path('shelf.duckdb'), 'SELECT * FROM facts')).toEqual(await query(path('documents.duckdb'), 'SELECT * FROM facts'));
    // The changes of a diff go to a one-table file of their own.
    const csv = await cli.baogao(['export', path('out', 'diff.yaml'), '--to', path('changes.csv')]);
    expect(csv.status).toBe(0);
    expect((await readFile(path('changes.csv'), 'utf8')).split('\r\n')[0]).toMatch(/^\ufeffold_document_sha256,new_document_sha256,/);
  }, 120_000);

  it('exits 2 at once for a missing input, an unknown format, or facts and diffs mixed in one CSV', async () => {
    const missing = await cli.baogao(['export', path('shelf', 'nowhere.pdf'), '--to', path('x.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${path('shelf', 'nowhere.pdf')}: no such file or directory`);
    const unknown = await cli.baogao(['export', path('out'), '--to', path('x.xlsx')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown export format');
    const mixed = await cli.baogao(['export', path('out'), '--to', path('x.csv')]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('holds one table');
    const converting = await cli.baogao(['convert', path('shelf'), '-o', path('out'), '--export', path('x.xls')]);
    expect(converting.status).toBe(2);
    expect(converting.stdout).not.toContain('converted');
    expect(await listFiles(work).then((files) => files.filter((file) => file.startsWith('x.')))).toEqual([]);
  }, 60_000);
});
