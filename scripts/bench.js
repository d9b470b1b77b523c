#!/usr/bin/env node
// Benchmark: converts the sample PDFs (input/*.pdf) and ../shared/real/*.pdf several times with
// the built library, and prints pages per second and peak memory beside pdftotext on the same
// files (when it is installed), measured in the same run.
//
//   npm run bench [-- --runs 5] [-- file.pdf ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args.splice(runsFlag, 2)[1]) : 3;
const files = args.length > 0 ? args : [join(root, 'input'), join(root, '..', 'shared', 'real')].flatMap(pdfsIn);

function pdfsIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((name) => join(dir, name));
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(0);

/** Runs fn while sampling the resident set size; returns the peak seen. */
async function withPeakRss(fn) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss);
}

function pdftotextSeconds(file) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('pdftotext', ['-q', file, '-'], { maxBuffer: 1 << 28 });
    if (result.status !== 0) return undefined;
  }
  return Number(process.hrtime.bigint() - start) / 1e9 / runs;
}

if (files.length === 0) {
  console.error('bench: no PDF to convert (input/*.pdf, ../shared/real/*.pdf)');
  process.exit(1);
}

console.log(`baogao bench: ${files.length} files, ${runs} runs each${hasPdftotext ? ', beside pdftotext' : ' (pdftotext not installed)'}`);
console.log(['file', 'pages', 'seconds', 'pages/s', 'peak RSS MiB', hasPdftotext ? 'pdftotext s' : '', hasPdftotext ? '× pdftotext' : ''].filter(Boolean).join('\t'));
let totalPages = 0;
let totalSeconds = 0;
let totalPdftotext = 0;
let failed = 0;
for (const file of files) {
  globalThis.gc?.();
  let pages = 0;
  let seconds = 0;
  try {
    const peak = await withPeakRss(async () => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < runs; i++) pages = (await convert(file)).metadata.pageCount;
      seconds = Number(process.hrtime.bigint() - start) / 1e9 / runs;
    });
    const reference = hasPdftotext ? pdftotextSeconds(file) : undefined;
    totalPages += pages;
    totalSeconds += seconds;
    if (reference !== undefined) totalPdftotext += reference;
    const row = [basename(file), pages, seconds.toFixed(2), (pages / seconds).toFixed(1), mib(peak)];
    if (hasPdftotext) row.push(reference?.toFixed(3) ?? 'failed', reference ? (seconds / reference).toFixed(1) : '-');
    console.log(row.join('\t'));
  } catch (error) {
    failed++;
    console.log(`${basename(file)}\tfailed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const summary = [`total: ${totalPages} pages in ${totalSeconds.toFixed(2)} s per run`, `${(totalPages / totalSeconds).toFixed(1)} pages/s`, `peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`];
if (hasPdftotext && totalPdftotext > 0) summary.push(`${(totalSeconds / totalPdftotext).toFixed(1)} × pdftotext's time`);
console.log(summary.join(', '));
process.exit(failed > 0 ? 1 : 0);
