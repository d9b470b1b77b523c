#!/usr/bin/env node
// Benchmark: converts the sample PDFs (input/*.pdf), every PDF in ../shared/real*/ and a document of
// 500+ pages made by concatenating a report with qpdf, each in a fresh process as a user's one-file
// run would (start-up and dictionary loading included), and prints wall time, pages per second and
// peak memory (the process's high-water resident set, all threads) beside pdftotext on the same
// file, measured in the same run; then the seconds per page of OCR on scanned pages. CPU time (all
// threads) is printed beside wall time, and the load average before each run: on a shared machine
// wall time says more about the neighbours than about baogao.
//
//   npm run bench [-- --runs 3] [-- file.pdf ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args.splice(runsFlag, 2)[1]) : 1;

function pdfsIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((name) => join(dir, name));
}

const realDirs = existsSync(shared) ? readdirSync(shared).filter((name) => /^real/.test(name)).sort().map((name) => join(shared, name)) : [];
const work = mkdtempSync(join(tmpdir(), 'baogao-bench-'));
const files = args.length > 0 ? args : [join(root, 'input'), ...realDirs].flatMap(pdfsIn);
const has = (command, flag) => spawnSync(command, [flag]).error === undefined;
const hasPdftotext = has('pdftotext', '-v');

/** A 500-page (or longer) document: the longest report at hand, bound several times by qpdf. */
function longDocument() {
  if (!has('qpdf', '--version') || files.length === 0) return undefined;
  const pagesOf = (file) => Number(spawnSync('qpdf', ['--show-npages', file]).stdout?.toString().trim()) || 0;
  const source = files.map((file) => ({ file, pages: pagesOf(file) })).sort((a, b) => b.pages - a.pages)[0];
  if (!source || source.pages === 0) return undefined;
  const copies = Math.ceil(500 / source.pages);
  const output = join(work, `${basename(source.file, '.pdf')}-x${copies}.pdf`);
  const result = spawnSync('qpdf', ['--empty', '--pages', ...Array(copies).fill(source.file), '--', output]);
  return result.status === 0 || result.status === 3 ? output : undefined;
}

/** One conversion in a fresh process: wall seconds, CPU seconds, pages, peak RSS (bytes). */
function convertOnce(file) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(root, 'scripts', 'bench-one.js'), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error((child.stderr || child.stdout || `exit ${child.status}`).trim().split('\n').at(-1));
  const { pages, maxRss, cpuSeconds } = JSON.parse(child.stdout.trim().split('\n').at(-1));
  return { seconds, cpuSeconds, pages, maxRss };
}

function pdftotextSeconds(file) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('pdftotext', ['-q', file, '-'], { maxBuffer: 1 << 28 });
    if (result.status !== 0) return undefined;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

const long = args.length === 0 ? longDocument() : undefined;
if (long) files.push(long);
if (files.length === 0) {
  console.error('bench: no PDF to convert (input/*.pdf, ../shared/real*/*.pdf)');
  process.exit(1);
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(0);
console.log(`baogao bench: ${files.length} files, best of ${runs} run(s) each in a fresh process${hasPdftotext ? ', beside pdftotext' : ' (pdftotext not installed)'}`);
console.log(['file', 'pages', 'wall s', 'CPU s', 'load', 'pages/s', 'peak RSS MiB', ...(hasPdftotext ? ['pdftotext s', '× pdftotext'] : [])].join('\t'));
let totalPages = 0;
let totalSeconds = 0;
let totalCpu = 0;
let totalPdftotext = 0;
let peak = 0;
let failed = 0;
for (const file of files) {
  try {
    let best;
    const load = loadavg()[0];
    for (let i = 0; i < runs; i++) {
      const run = convertOnce(file);
      if (!best || run.seconds < best.seconds) best = { ...run, maxRss: Math.max(run.maxRss, best?.maxRss ?? 0) };
    }
    const reference = hasPdftotext ? pdftotextSeconds(file) : undefined;
    totalPages += best.pages;
    totalSeconds += best.seconds;
    peak = Math.max(peak, best.maxRss);
    if (reference !== undefined) totalPdftotext += reference;
    totalCpu += best.cpuSeconds;
    const row = [basename(file), best.pages, best.seconds.toFixed(2), best.cpuSeconds.toFixed(2), load.toFixed(1), (best.pages / best.seconds).toFixed(1), mib(best.maxRss)];
    if (hasPdftotext) row.push(reference?.toFixed(3) ?? 'failed', reference ? (best.seconds / reference).toFixed(1) : '-');
    console.log(row.join('\t'));
  } catch (error) {
    failed++;
    console.log(`${basename(file)}\tfailed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const summary = [`total: ${totalPages} pages in ${totalSeconds.toFixed(2)} s (${totalCpu.toFixed(2)} s CPU)`, `${(totalPages / totalSeconds).toFixed(1)} pages/s`, `highest peak RSS ${mib(peak)} MiB`];
if (hasPdftotext && totalPdftotext > 0) summary.push(`${(totalSeconds / totalPdftotext).toFixed(1)} × pdftotext's time`);
console.log(summary.join(', '));
rmSync(work, { recursive: true, force: true });

// OCR: scanned pages (our own scan fixture and the real scanned book pages), read with --ocr auto.
// The first conversion also loads the models (once per process); the runs after it do not.
const scans = [join(root, 'tests', 'fixtures', 'ocr', 'scan.pdf'), join(root, 'tests', 'fixtures', 'ocr', 'chart-scan.pdf'), join(root, '..', 'shared', 'real2', 'zh_scan_book_pages_2p.pdf')].filter((file) => existsSync(file));
if (args.length === 0 && scans.length > 0) {
  const { convert } = await import('../dist/index.js');
  console.log(['OCR file', 'OCR pages', 'first s (models load)', 's/page', 'CPU s/page', 'OCR pages/s'].join('\t'));
  let ocrPages = 0;
  let ocrSeconds = 0;
  let ocrCpuSeconds = 0;
  for (const file of scans) {
    try {
      let pages = 0;
      // Process CPU time (every thread: onnxruntime's too) beside the wall time: on a busy machine the wall time says little.
      let cpuSeconds = 0;
      const timed = async () => {
        pages = 0;
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        await convert(file, { ocr: 'auto', onOcrPage: () => pages++ });
        const cpu = process.cpuUsage(cpuStart);
        cpuSeconds += (cpu.user + cpu.system) / 1e6;
        return Number(process.hrtime.bigint() - start) / 1e9;
      };
      const first = await timed();
      cpuSeconds = 0;
      let seconds = 0;
      for (let i = 0; i < runs; i++) seconds += await timed();
      seconds /= runs;
      cpuSeconds /= runs;
      ocrPages += pages;
      ocrSeconds += seconds;
      ocrCpuSeconds += cpuSeconds;
      console.log([basename(file), pages, first.toFixed(2), (seconds / pages).toFixed(2), (cpuSeconds / pages).toFixed(2), (pages / seconds).toFixed(2)].join('\t'));
    } catch (error) {
      failed++;
      console.log(`${basename(file)}\tfailed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (ocrPages > 0) console.log(`OCR total: ${ocrPages} pages in ${ocrSeconds.toFixed(2)} s per run, ${(ocrSeconds / ocrPages).toFixed(2)} s/page (${(ocrCpuSeconds / ocrPages).toFixed(2)} CPU s/page), ${(ocrPages / ocrSeconds).toFixed(2)} OCR pages/s`);
}
process.exit(failed > 0 ? 1 : 0);
