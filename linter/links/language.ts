// The language of an email: <html lang> when declared, else the body text's stopwords.
import type { DocumentWalk } from '../walk.ts';
import { normalizedWordsOf, stopwordsByLang } from '../lexicon/index.ts';

/** Fewer stopword hits than this is a guess, not a detection. */
const MIN_HITS = 3;
/** Real prose is a third function words; lorem ipsum hits a few French/Italian ones ("et", "non") by chance. */
const MIN_DENSITY = 0.1;

/** Primary subtag, lowercased: `it-IT` → `it`, `pt_BR` → `pt`. */
function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Stopword hits per language (lexicon order) and the number of words: what a language detection decides on. */
export interface StopwordScores {
  langs: readonly string[];
  scores: readonly number[];
  words: number;
}

export function stopwordScores(text: string): StopwordScores {
  const words = normalizedWordsOf(text);
  const { langs, byWord } = stopwordIndex();
  // One lookup per word (not one per word and language): the languages whose stopword it is.
  const scores = new Array<number>(langs.length).fill(0);
  for (const w of words) {
    const hit = byWord.get(w);
    if (hit) for (const i of hit) scores[i]!++;
  }
  return { langs, scores, words: words.length };
}

/** The best-scoring language when clearly ahead, else `fallback`. */
export function decideLanguage({ langs, scores, words }: StopwordScores, fallback: string): string {
  let best = fallback;
  let bestScore = 0;
  let fallbackScore = 0;
  langs.forEach((lang, i) => {
    const score = scores[i]!;
    if (lang === fallback) fallbackScore = score;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  });
  if (bestScore < MIN_HITS || bestScore < words * MIN_DENSITY || bestScore === fallbackScore) return fallback;
  return best;
}

/** Stopword hits per language; the best wins when clearly ahead, else `fallback`. */
export function detectLanguageOfText(text: string, fallback = 'en'): string {
  return decideLanguage(stopwordScores(text), fallback);
}

let index: { langs: string[]; byWord: Map<string, number[]> } | undefined;

/** Every stopword → the indices (in `langs`, lexicon order) of the languages it belongs to. */
function stopwordIndex(): { langs: string[]; byWord: Map<string, number[]> } {
  if (index) return index;
  const langs: string[] = [];
  const byWord = new Map<string, number[]>();
  for (const [lang, stopwords] of stopwordsByLang()) {
    const i = langs.push(lang) - 1;
    for (const w of stopwords) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  }
  index = { langs, byWord };
  return index;
}

/** The primary subtag of the declared `lang` (`<html lang>`, `<mjml lang>`), or '' when there is none. */
export function declaredLanguage(walk: Pick<DocumentWalk, 'declaredLang'>): string {
  return walk.declaredLang === undefined ? '' : primarySubtag(walk.declaredLang);
}

/** Two-letter language: the declared `lang` when it has a primary subtag, else the visible text's stopwords. */
export function detectLanguage(walk: Pick<DocumentWalk, 'declaredLang' | 'visibleText'>, fallback = 'en'): string {
  return declaredLanguage(walk) || detectLanguageOfText(walk.visibleText, fallback);
}
