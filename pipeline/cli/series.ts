import type { Command } from 'commander';
import { join } from 'node:path';
import { loadFacts } from '../index.js';
import { serializeData, writeFiles } from '../output.js';
import type { FactsFile } from '../types.js';
import { addCommonOptions, exitStatus, printError, usageCheck, type CommonOptions } from './options.js';

export function registerSeries(program: Command): void {
  addCommonOptions(
    program
      .command('series')
      .description(
        'each metric across N editions of a report (put in order of their reporting years): writes series.csv, series.json ' +
          '(and series.yaml with --format yaml) and series.html, one self-contained page with a chart per metric and a table; ' +
          'exit status 0, or 2 when an input cannot be read',
      )
      .argument('<editions...>', 'two or more editions: PDF or text documents, or their facts YAML/JSON'),
  ).action(async (paths: string[], options: CommonOptions, command: Command) => {
    usageCheck(command, () => {
      if (paths.length < 2) throw new Error('series needs two or more editions');
    });
    const files: FactsFile[] = [];
    for (const path of paths) {
      try {
        files.push(await loadFacts(path, { password: options.password }));
      } catch (error) {
        printError(error);
        process.exitCode = exitStatus.usage;
        return;
      }
      if (!options.quiet) console.error(`read ${path}`);
    }
    // Loaded here, not with the CLI: the charting library is thousands of modules every other command would load for nothing.
    const { buildSeries, renderSeriesCsv, renderSeriesHtml } = await import('../series/index.js');
    const series = buildSeries(files);
    const data = { editions: series.editions, metrics: series.metrics.map((metric) => ({ ...metric, points: metric.points.map(({ fact: _fact, ...point }) => point) })) };
    const written = await writeFiles([
      { path: join(options.out, 'series.csv'), content: renderSeriesCsv(series) },
      { path: join(options.out, 'series.json'), content: serializeData(data, 'json') },
      ...(options.format === 'yaml' ? [{ path: join(options.out, 'series.yaml'), content: serializeData(data, 'yaml') }] : []),
      { path: join(options.out, 'series.html'), content: renderSeriesHtml(series) },
    ]);
    if (!options.quiet) console.log(`${series.metrics.length} metrics across ${series.editions.length} editions → ${written.join(', ')}`);
    process.exitCode = exitStatus.ok;
  });
}
