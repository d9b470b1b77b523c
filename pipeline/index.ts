/** baogao's library API. */
export { convert, extractFacts, type ConvertOptions } from './convert.js';
export { collectInputs } from './inputs.js';
export { convertBatch, type BatchOptions, type BatchSummary, type FileOutcome } from './batch/index.js';
export { extract, type ExtractOptions, type InputFile } from './extract/index.js';
export { clean } from './clean/index.js';
export { segment } from './segment/index.js';
export { structure } from './structure/index.js';
export { facts } from './facts/index.js';
export { render, serializeFacts } from './render/index.js';
export { writeOutputs, type FactsFormat } from './output.js';
export { serializeData } from './serialize.js';
export { diffFacts, renderDiffMarkdown, type FactsDiff, type ChangedMetric, type UnchangedMetric, type AmbiguousMatch, type FactChange, type EditionInfo, type DiffOptions } from './diff/index.js';
export { version } from './version.js';
export { alignFacts, renderAlignmentMarkdown, type Alignment, type AlignedPair, type AlignedDifference, type AlignedField } from './align/index.js';
export { loadFacts } from './align/load.js';
export { exportFacts, exportFormat, ExportUsageError, type ExportData, type ExportFormat, type ExportSummary } from './export/index.js';
export { loadSources, type LoadedSources, type SourceOptions } from './export/sources.js';
export * from './types.js';
