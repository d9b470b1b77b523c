import type { FactDocument, StructuredDocument } from '../types.js';

/** Stage 5: every numeric claim of the document. */
export function facts(doc: StructuredDocument): FactDocument {
  return { ...doc, facts: [] };
}
