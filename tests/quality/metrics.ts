/**
 * Text-quality measures of a converted report against the corpus truth (tests/fixtures/truth/report.txt),
 * as the issue defines them: content characters, leaked page furniture, whole paragraphs.
 */

/** Han characters, Latin letters, digits and %: what the character error rate counts. */
const contentChar = /[\p{Script=Han}A-Za-z0-9%]/u;

export function contentCharacters(text: string): string[] {
  return [...text].filter((char) => contentChar.test(char));
}

/** Levenshtein distance between two character sequences (two rows of the table). */
export function editDistance(a: string[], b: string[]): number {
  const codes = (s: string[]) => Int32Array.from(s, (c) => c.codePointAt(0)!);
  const x = codes(a);
  const y = codes(b);
  let previous = Int32Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (xi === y[j - 1] ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}

/** The Markdown without its YAML front matter (which records removed furniture on purpose). */
export function markdownBody(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Content-character error rate of the Markdown body against the truth. */
export function characterErrorRate(markdown: string, truth: string): number {
  const expected = contentCharacters(truth);
  return editDistance(contentCharacters(markdownBody(markdown)), expected) / expected.length;
}

/** Lines of the Markdown body that are only a page number ("3", "— 3 —", "第 3 页 共 34 页"…). */
export function pageNumberLines(markdown: string): string[] {
  return markdownBody(markdown)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(?:[-—–－]*\s*\d{1,4}\s*[-—–－]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|Page\s+\d+(?:\s+of\s+\d+)?)$/i.test(line));
}

/** How often text occurs in the Markdown body beyond its occurrences in the truth (a leaked running header). */
export function extraOccurrences(markdown: string, truth: string, text: string): number {
  const count = (haystack: string) => squeeze(haystack).split(squeeze(text)).length - 1;
  return count(markdownBody(markdown)) - count(truth);
}

/** Whitespace and Markdown markup removed: what "the same paragraph" compares. */
export function squeeze(text: string): string {
  return text.replace(/\*\*|__|^#+ |^> /gm, '').replace(/\s+/g, '');
}

/** The truth's paragraphs (report.txt blocks), tables left out. */
export function truthParagraphs(truth: string): string[] {
  return truth
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.includes('\t'));
}

/** Share of the truth's paragraphs that come out whole as one block (one Markdown paragraph, heading or quote line). */
export function wholeParagraphShare(markdown: string, truth: string): { share: number; missing: string[] } {
  const blocks = new Set(
    markdownBody(markdown)
      .replace(/^>[ \t]?/gm, '')
      .split(/\n\s*\n|\n(?=#)/)
      .map(squeeze),
  );
  const paragraphs = truthParagraphs(truth);
  const missing = paragraphs.filter((paragraph) => !blocks.has(squeeze(paragraph)));
  return { share: 1 - missing.length / paragraphs.length, missing };
}
