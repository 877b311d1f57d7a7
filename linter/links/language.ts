// The language of an email: <html lang> when declared, else the body text's stopwords.
import type { Document } from 'domhandler';
import { NON_RENDERED, forEachNode, isTag, isText } from '../dom.ts';
import { normalizeText, stopwordsByLang, wordsOf } from '../lexicon/index.ts';

const ROOT_ELEMENTS = new Set(['html', 'mjml']);
/** Enough text to judge; templates can be huge. */
const MAX_CHARS = 20_000;
/** Fewer stopword hits than this is a guess, not a detection. */
const MIN_HITS = 3;
/** Real prose is a third function words; lorem ipsum hits a few French/Italian ones ("et", "non") by chance. */
const MIN_DENSITY = 0.1;

/** Primary subtag, lowercased: `it-IT` → `it`, `pt_BR` → `pt`. */
function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function declaredLang(root: Document): string | undefined {
  let found: string | undefined;
  forEachNode(root.children, (n) => {
    if (found !== undefined) return 'skip';
    if (!isTag(n)) return undefined;
    if (ROOT_ELEMENTS.has(n.name)) {
      const lang = primarySubtag(n.attribs.lang ?? n.attribs['xml:lang'] ?? '');
      if (lang) found = lang;
      return undefined;
    }
    return NON_RENDERED.has(n.name) ? 'skip' : undefined;
  });
  return found;
}

function visibleText(root: Document): string {
  let out = '';
  forEachNode(root.children, (n) => {
    if (out.length >= MAX_CHARS) return 'skip';
    if (isTag(n) && NON_RENDERED.has(n.name)) return 'skip';
    if (isText(n)) out += ` ${n.data}`;
    return undefined;
  });
  return out.slice(0, MAX_CHARS);
}

/** Stopword hits per language; the best wins when clearly ahead, else `fallback`. */
export function detectLanguageOfText(text: string, fallback = 'en'): string {
  const words = wordsOf(normalizeText(text));
  const { langs, byWord } = stopwordIndex();
  // One lookup per word (not one per word and language): the languages whose stopword it is.
  const scores = new Array<number>(langs.length).fill(0);
  for (const w of words) {
    const hit = byWord.get(w);
    if (hit) for (const i of hit) scores[i]!++;
  }
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
  if (bestScore < MIN_HITS || bestScore < words.length * MIN_DENSITY || bestScore === fallbackScore) return fallback;
  return best;
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

export function detectLanguage(root: Document, fallback = 'en'): string {
  return declaredLang(root) ?? detectLanguageOfText(visibleText(root), fallback);
}
