import nodejieba from 'nodejieba';
import { zhUserWords } from '../lang/zh/vocabulary.js';
import type { Language, Word } from '../types.js';

let vocabularyLoaded = false;

/** Adds the report vocabulary to jieba's dictionary, once per process. */
export function loadVocabulary(): void {
  if (vocabularyLoaded) return;
  for (const word of zhUserWords) nodejieba.insertWord(word, 'n');
  vocabularyLoaded = true;
}

/**
 * Numbers with separators and decimals stay one token (nodejieba would cut them digit by
 * digit), and so do names made of digits and letters: 5G, 3D-NAND, IPv6.
 */
const protectedToken = /\d+[A-Za-z][A-Za-z0-9\-]*|\d+(?:[,，]\d{3})*(?:\.\d+)?%?|[A-Za-z][A-Za-z0-9.+\-]*/g;

/** Words of a sentence with offsets: nodejieba for Chinese runs, numbers and Latin words kept whole. */
export function segmentWords(text: string, language: Language): Word[] {
  const words: Word[] = [];
  let last = 0;
  const pushChunk = (chunk: string, offset: number) => {
    if (language === 'en') {
      for (const match of chunk.matchAll(/\S+/g)) words.push({ text: match[0], start: offset + match.index! });
      return;
    }
    loadVocabulary();
    let position = offset;
    for (const { word, tag } of nodejieba.tag(chunk)) {
      if (word.trim() !== '') words.push({ text: word, start: position, tag });
      position += word.length;
    }
  };
  for (const match of text.matchAll(protectedToken)) {
    if (match.index! > last) pushChunk(text.slice(last, match.index), last);
    words.push({ text: match[0], start: match.index!, tag: /^[\d.,，]+%?$/.test(match[0]) ? 'm' : 'eng' });
    last = match.index! + match[0].length;
  }
  if (last < text.length) pushChunk(text.slice(last), last);
  return words;
}
