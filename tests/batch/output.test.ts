import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { isUpToDate, serializeData, writeFileAtomic } from '../../pipeline/output.js';
import { generator } from '../../pipeline/version.js';

describe('output files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'baogao-output-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('leaves no temporary file behind when a write cannot complete', async () => {
    // The target is a directory: the rename fails after the temporary file was written.
    await mkdir(join(dir, 'blocked.md'));
    await expect(writeFileAtomic(join(dir, 'blocked.md'), 'text')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['blocked.md']);
  });

  it('tells outputs written from the same input by this version from any others', async () => {
    const sha = 'a'.repeat(64);
    const frontMatter = (source: string, by: string) => `---\ntitle: t\nsource:\n  file: r.pdf\n  sha256: ${source}\n  pages: 1\ngenerator: ${by}\n---\n\n# t\n`;
    await writeFile(join(dir, 'r.facts.yaml'), 'document: {}\nfacts: []\n');
    await writeFile(join(dir, 'r.md'), frontMatter(sha, generator));
    expect(await isUpToDate('r', sha, dir, 'yaml')).toBe(true);
    expect(await isUpToDate('r', 'b'.repeat(64), dir, 'yaml')).toBe(false);
    expect(await isUpToDate('r', sha, dir, 'json')).toBe(false);
    await writeFile(join(dir, 'r.md'), frontMatter(sha, 'baogao 0.0.0'));
    expect(await isUpToDate('r', sha, dir, 'yaml')).toBe(false);
    await writeFile(join(dir, 'r.md'), '# no front matter\n');
    expect(await isUpToDate('r', sha, dir, 'yaml')).toBe(false);
  });

  it('writes an object met twice in full, not as a YAML alias', () => {
    const section = ['一、成就'];
    const text = serializeData({ a: { section }, b: { section } }, 'yaml');
    expect(text).not.toMatch(/[&*]a1/);
    expect(YAML.parse(text)).toEqual({ a: { section }, b: { section } });
  });
});
