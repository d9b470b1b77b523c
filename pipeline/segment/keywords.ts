import nodejieba from 'nodejieba';
import { zhKeywordStopWords } from '../lang/zh/vocabulary.js';
import type { Language } from '../types.js';
import { loadVocabulary } from './words.js';

const englishStopWords = new Set(
  'the of and to in a an for on with by as at from is are was were be been this that these those it its or which more than has have had will not also all their our we'.split(' '),
);

/**
 * The `count` most characteristic words of the texts: TF-IDF over jieba's IDF table for
 * Chinese, term frequency without function words for English. Numbers and one-character
 * words are never keywords.
 */
export function keywords(texts: string[], count: number, language: Language = 'zh'): string[] {
  const text = texts.join('\n');
  if (language === 'en') return englishKeywords(text, count);
  loadVocabulary();
  const stop = new Set(zhKeywordStopWords);
  return nodejieba
    .extract(text, count * 3)
    .map((entry) => entry.word)
    .filter((word) => word.length > 1 && !stop.has(word) && !/\d/.test(word))
    .slice(0, count);
}

function englishKeywords(text: string, count: number): string[] {
  const frequency = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(/[a-z][a-z-]{2,}/g)) {
    if (!englishStopWords.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return [...frequency]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([word]) => word);
}
