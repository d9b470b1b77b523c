import nodejieba from 'nodejieba';
import { enKeywordStopWords } from '../lang/en/vocabulary.js';
import { zhKeywordStopWords } from '../lang/zh/vocabulary.js';
import type { Language } from '../types.js';
import { loadVocabulary, segmentWords } from './words.js';

const englishStopWords = new Set(enKeywordStopWords);

/** Part-of-speech tags of words that can be keywords: nouns, names, nominal verbs, abbreviations. */
const keywordTag = /^(?:n|nz|nt|ns|nr|vn|j|l|eng)$/;

/**
 * The `count` most characteristic words of the texts: TF-IDF over jieba's IDF table for
 * Chinese, keeping nouns only and a longer keyword over the words it contains (数字经济 over
 * 数字); term frequency without function words for English. Numbers are never keywords.
 */
export function keywords(texts: string[], count: number, language: Language = 'zh'): string[] {
  const text = texts.join('\n');
  if (language === 'en') return englishKeywords(text, count);
  loadVocabulary();
  const stop = new Set(zhKeywordStopWords);
  // The tag a word has where the texts use it.
  const tags = new Map<string, string | undefined>();
  for (const part of texts) for (const word of segmentWords(part, 'zh')) if (!tags.has(word.text)) tags.set(word.text, word.tag);
  const candidates = nodejieba
    .extract(text, count * 10)
    .map((entry) => entry.word)
    .filter((word) => word.length > 1 && !stop.has(word) && !/\d/.test(word) && keywordTag.test(tags.get(word) ?? ''));
  return candidates.filter((word) => !candidates.some((other) => other !== word && other.includes(word))).slice(0, count);
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
