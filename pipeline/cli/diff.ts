import type { Command } from 'commander';
import { diffFacts, renderDiffMarkdown } from '../diff/index.js';
import { loadFacts } from '../index.js';
import { reportFiles, writeFiles } from '../output.js';
import { addCommonOptions, exitStatus, printError, type CommonOptions } from './options.js';

export function registerDiff(program: Command): void {
  addCommonOptions(
    program
      .command('diff')
      .description(
        'what changed between two editions of a report: pairs the metrics both report for their own years and writes diff.yaml and diff.md; ' +
          'exit status 0 when nothing changed, 1 when something did, 2 when an input cannot be read',
      )
      .argument('<old>', 'the old edition: a PDF or text document, or its facts YAML/JSON')
      .argument('<new>', 'the new edition: a PDF or text document, or its facts YAML/JSON'),
  )
    .action(async (oldPath: string, newPath: string, options: CommonOptions) => {
      let diff;
      try {
        diff = diffFacts(await loadFacts(oldPath, { password: options.password }), await loadFacts(newPath, { password: options.password }));
      } catch (error) {
        printError(error);
        process.exitCode = exitStatus.usage;
        return;
      }
      const [dataPath, markdownPath] = await writeFiles(reportFiles('diff', diff, renderDiffMarkdown(diff), options.out, options.format));
      const { summary } = diff;
      if (!options.quiet) {
        console.log(
          `${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.ambiguous} ambiguous, ` +
            `${summary.only_old} only in the old edition, ${summary.only_new} only in the new → ${dataPath}, ${markdownPath}`,
        );
      }
      const differs = summary.changed + summary.ambiguous + summary.only_old + summary.only_new > 0;
      process.exitCode = differs ? exitStatus.failed : exitStatus.ok;
    });
}
