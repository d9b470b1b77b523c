import type { Command } from 'commander';
import { alignFacts, renderAlignmentMarkdown } from '../align/index.js';
import { loadFacts } from '../index.js';
import { reportFiles, writeFiles } from '../output.js';
import { addCommonOptions, exitStatus, printError, type CommonOptions } from './options.js';

export function registerAlign(program: Command): void {
  addCommonOptions(
    program
      .command('align')
      .description(
        'check every number of a translation against its original: writes align.yaml and align.md; ' +
          'exit status 0 when every number agrees, 1 when a number is rendered differently or appears only in the translation, 2 when an input cannot be read',
      )
      .argument('<original>', 'the original: a PDF or text document, or its facts YAML/JSON')
      .argument('<translation>', 'the translation (may cover only part of the original): a document or its facts YAML/JSON'),
  )
    .action(async (originalPath: string, translationPath: string, options: CommonOptions) => {
      try {
        const original = await loadFacts(originalPath, { password: options.password });
        const translation = await loadFacts(translationPath, { password: options.password });
        const alignment = alignFacts(original, translation);
        const [yamlPath, markdownPath] = await writeFiles(reportFiles('align', alignment, renderAlignmentMarkdown(alignment), options.out, options.format));
        const { summary } = alignment;
        if (!options.quiet) {
          console.log(
            `${summary.translation_facts} translation facts: ${summary.pairs} as in the original, ${summary.differences} different, ` +
              `${summary.only_in_translation} only in the translation; ${summary.only_in_original} of ${summary.original_facts_covered} original facts left out → ${yamlPath}, ${markdownPath}`,
          );
        }
        if (summary.differences > 0 || summary.only_in_translation > 0) process.exitCode = exitStatus.failed;
      } catch (error) {
        printError(error);
        process.exitCode = exitStatus.usage;
      }
    });
}
