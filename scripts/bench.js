#!/usr/bin/env node
// Benchmark: converts the sample PDFs (input/*.pdf) and ../shared/real/*.pdf several times with
// the built library, and prints pages per second and peak memory beside pdftotext on the same
// files (when it is installed), measured in the same run; then the seconds per page of OCR on
// scanned pages.
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

// OCR: scanned pages (our own scan fixture and the real scanned book pages), read with --ocr auto.
// The first conversion also loads the models (once per process); the runs after it do not.
const scans = [join(root, 'tests', 'fixtures', 'ocr', 'scan.pdf'), join(root, '..', 'shared', 'real2', 'zh_scan_book_pages_2p.pdf')].filter((file) => existsSync(file));
if (args.length === 0 && scans.length > 0) {
  console.log(['OCR file', 'OCR pages', 'first s (models load)', 's/page', 'OCR pages/s'].join('\t'));
  let ocrPages = 0;
  let ocrSeconds = 0;
  for (const file of scans) {
    try {
      let pages = 0;
      const timed = async () => {
        pages = 0;
        const start = process.hrtime.bigint();
        await convert(file, { ocr: 'auto', onOcrPage: () => pages++ });
        return Number(process.hrtime.bigint() - start) / 1e9;
      };
      const first = await timed();
      let seconds = 0;
      for (let i = 0; i < runs; i++) seconds += await timed();
      seconds /= runs;
      ocrPages += pages;
      ocrSeconds += seconds;
      console.log([basename(file), pages, first.toFixed(2), (seconds / pages).toFixed(2), (pages / seconds).toFixed(2)].join('\t'));
    } catch (error) {
      failed++;
      console.log(`${basename(file)}\tfailed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (ocrPages > 0) console.log(`OCR total: ${ocrPages} pages in ${ocrSeconds.toFixed(2)} s per run, ${(ocrSeconds / ocrPages).toFixed(2)} s/page, ${(ocrPages / ocrSeconds).toFixed(2)} OCR pages/s`);
}
process.exit(failed > 0 ? 1 : 0);
