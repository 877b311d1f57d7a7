// The opt-out lexicons of every language, and the matchers compiled from them (once, lazily).
import type { Lexicon } from './types.ts';
import { PhraseIndex, WORD_CLASS_SOURCE } from './phrase-index.ts';
import en from './en.ts';
import it from './it.ts';
import de from './de.ts';
import fr from './fr.ts';
import es from './es.ts';
import pt from './pt.ts';
import nl from './nl.ts';
import pl from './pl.ts';
import sv from './sv.ts';
import da from './da.ts';

/** Accents and other combining marks, dropped after NFD decomposition (one object, not one per call). */
const COMBINING_MARKS = /\p{M}/gu;

export type { Lexicon };

export const LEXICONS: readonly Lexicon[] = [en, it, de, fr, es, pt, nl, pl, sv, da];

export interface WordingMatch {
  kind: 'unsubscribe' | 'preferences';
  lang: string;
  /** The lexicon entry as written (`'unsubscrib*'`, `'=baja'`). */
  phrase: string;
}

export interface CueMatch {
  lang: string;
  phrase: string;
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** Lowercase, no diacritics, one kind of apostrophe and hyphen, no invisible characters, single spaces. */
export function normalizeText(s: string): string {
  // Most text is plain ASCII: no accents, curly quotes or special dashes to fold (hot path: every link,
  // label and sentence goes through here).
  if (ASCII_ONLY.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Drops punctuation, symbols and spaces at both ends (a loop: `[…]+$` would be super-linear). */
export function trimPunctuation(s: string): string {
  // Walks code points from both ends without copying the string (labels can be megabytes long).
  let start = 0;
  let end = s.length;
  while (start < end) {
    const ch = String.fromCodePoint(s.codePointAt(start)!);
    if (WORD_CHAR.test(ch)) break;
    start += ch.length;
  }
  while (end > start) {
    const low = s.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? 2 : 1;
    if (WORD_CHAR.test(s.slice(end - width, end))) break;
    end -= width;
  }
  return s.slice(start, end);
}

/** Words (letters and digits) of a normalised text. */
export function wordsOf(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * `wordsOf(normalizeText(text))` without the steps that cannot change a word (quotes, dashes and spaces are
 * never part of one): for long texts such as the sample a language is detected on.
 */
export function normalizedWordsOf(text: string): string[] {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return wordsOf(text.normalize('NFD').replace(COMBINING_MARKS, '').replace(INVISIBLE_CHARS, '').toLowerCase());
}

interface Entry {
  phrase: string;
  langs: string[];
}

/** The phrases of one field, in priority order (longest first), indexed for a linear search. */
interface PhraseMatcher {
  index: PhraseIndex;
  entries: (Entry & { body: string; stem: boolean })[];
  /** Whole-text entries (`=baja`), keyed by normalised text. */
  exact: Map<string, Entry>;
}

export type LexiconField = 'unsubscribe' | 'preferences' | 'context';

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compile(field: LexiconField): PhraseMatcher {
  const byKey = new Map<string, Entry & { body: string; stem: boolean }>();
  const exact = new Map<string, Entry>();
  for (const lex of LEXICONS) {
    for (const raw of lex[field]) {
      if (raw.startsWith('=')) {
        const key = trimPunctuation(normalizeText(raw.slice(1)));
        const found = exact.get(key);
        if (found) found.langs.push(lex.lang);
        else exact.set(key, { phrase: raw, langs: [lex.lang] });
        continue;
      }
      const stem = raw.endsWith('*');
      const body = normalizeText(stem ? raw.slice(0, -1) : raw);
      if (!body) continue;
      const key = body + (stem ? '*' : '');
      const found = byKey.get(key);
      if (found) found.langs.push(lex.lang);
      else byKey.set(key, { phrase: raw, langs: [lex.lang], body, stem });
    }
  }
  // Longest first, so "unsubscribe from this list" wins over "unsubscrib*" at the same position.
  const sorted = [...byKey.values()].sort((a, b) => b.body.length - a.body.length);
  return { index: new PhraseIndex(sorted), entries: sorted, exact };
}

const compiled = new Map<LexiconField, PhraseMatcher>();

function matcher(field: LexiconField): PhraseMatcher {
  let m = compiled.get(field);
  if (!m) {
    m = compile(field);
    compiled.set(field, m);
  }
  return m;
}

function pickLang(entry: Entry, preferred: string | undefined): string {
  return preferred && entry.langs.includes(preferred) ? preferred : entry.langs[0]!;
}

/** Finds a phrase of `field` in an already normalised text. */
function findIn(field: LexiconField, normalized: string, preferred: string | undefined, allowExact: boolean): CueMatch | undefined {
  const m = matcher(field);
  const entry = m.entries[m.index.find(normalized)];
  if (entry) return { lang: pickLang(entry, preferred), phrase: entry.phrase };
  if (allowExact) {
    const entry = m.exact.get(trimPunctuation(normalized));
    if (entry) return { lang: pickLang(entry, preferred), phrase: entry.phrase };
  }
  return undefined;
}

/**
 * Says whether a link text (or label, or sentence) reads as an opt-out, in any language.
 * Unsubscribe wording wins over preferences wording. `preferredLang` breaks ties between languages
 * that share a word (nl/da "afmeld…").
 */
export function matchOptOutWording(text: string, preferredLang?: string): WordingMatch | undefined {
  const n = normalizeText(text);
  if (!n) return undefined;
  const unsub = findIn('unsubscribe', n, preferredLang, true);
  if (unsub) return { kind: 'unsubscribe', ...unsub };
  const prefs = findIn('preferences', n, preferredLang, true);
  if (prefs) return { kind: 'preferences', ...prefs };
  return undefined;
}

/** The opt-out link text to recommend in `lang` (English when the language has no lexicon). */
export function suggestedLinkText(lang: string): string {
  return (LEXICONS.find((l) => l.lang === lang) ?? en).suggestion;
}

/** Sentence-level cues ("if you no longer wish to receive", "per non ricevere più"). */
export function matchContextCue(sentence: string, preferredLang?: string): CueMatch | undefined {
  const n = normalizeText(sentence);
  return n ? findIn('context', n, preferredLang, false) : undefined;
}

interface AmbiguityTables {
  phrases: Set<string>;
  /** Words of ambiguous phrases and stopwords: a text made only of these says nothing ("Sie bitte hier"). */
  vagueWords: Set<string>;
}

let ambiguity: AmbiguityTables | undefined;

function ambiguityTables(): AmbiguityTables {
  if (ambiguity) return ambiguity;
  const phrases = new Set<string>();
  const vagueWords = new Set<string>();
  for (const lex of LEXICONS) {
    for (const p of lex.ambiguous) {
      const n = trimPunctuation(normalizeText(p));
      phrases.add(n);
      for (const w of wordsOf(n)) vagueWords.add(w);
    }
    for (const w of lex.stopwords) vagueWords.add(normalizeText(w));
  }
  ambiguity = { phrases, vagueWords };
  return ambiguity;
}

/** Link text whose purpose is unclear: empty, "click here", "qui", "hier", "this link"… */
export function isAmbiguousLinkText(text: string): boolean {
  const n = trimPunctuation(normalizeText(text));
  if (!n) return true;
  if (matchOptOutWording(n)) return false;
  const { phrases, vagueWords } = ambiguityTables();
  if (phrases.has(n)) return true;
  const words = wordsOf(n);
  return words.length <= 6 && words.every((w) => vagueWords.has(w));
}

let stopwordSets: Map<string, Set<string>> | undefined;

/** Normalised stopwords per language, for language detection. */
export function stopwordsByLang(): ReadonlyMap<string, ReadonlySet<string>> {
  stopwordSets ??= new Map(LEXICONS.map((l) => [l.lang, new Set(l.stopwords.map(normalizeText))]));
  return stopwordSets;
}

/**
 * The regex twin of each field's phrase index, `(?<!W)(?:(p1(?!W))|(p2(?!W))|…)`: what the index must
 * answer like (tested), and for the ReDoS test. The engine itself does not run these.
 */
export function compiledLexiconPatterns(): RegExp[] {
  const fields: LexiconField[] = ['unsubscribe', 'preferences', 'context'];
  return fields.map((f) => regexTwin(matcher(f).entries)).filter((r): r is RegExp => r !== undefined);
}

/** Index of the entry the regex twin finds first, or -1 (for the equivalence test). */
export function regexTwinFind(field: LexiconField, normalized: string): { index: number; regex: number } {
  const m = matcher(field);
  if (!twins.has(field)) twins.set(field, regexTwin(m.entries));
  const hit = twins.get(field)?.exec(normalized);
  const regex = hit ? hit.findIndex((g, i) => i > 0 && g !== undefined) - 1 : -1;
  return { index: m.index.find(normalized), regex };
}

const twins = new Map<LexiconField, RegExp | undefined>();

function regexTwin(entries: readonly { body: string; stem: boolean }[]): RegExp | undefined {
  if (entries.length === 0) return undefined;
  const alternatives = entries.map((e) => `(${escapeLiteral(e.body)}${e.stem ? '' : `(?!${WORD_CLASS_SOURCE})`})`);
  return new RegExp(`(?<!${WORD_CLASS_SOURCE})(?:${alternatives.join('|')})`);
}
