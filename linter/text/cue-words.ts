// Cheap necessary conditions before the lexicons' phrase regexes: each is an alternation of hundreds of
// phrases in ten languages, tried at every character (about a microsecond per character on a busy
// machine). A phrase matches between word boundaries, so every word of it is a whole word of the text
// (the last one only the start of a word when the phrase is a stem). A text that lacks a word of every
// phrase cannot match, and skips the regex.
//
// "Word" means what the regexes' boundary class reads as one: a run of [0-9a-z\u00df-\u024f\u0370-\u04ff]
// (`WORD_CHARS` in linter/lexicon/phrase-index.ts), and, for `findDelays`, a run of letters and digits (`tokensOf`). The
// phrases are read as linter/lexicon compiles them: `normalizeText` of the entry, a trailing `*` makes a
// stem, and in the link lexicon a leading `=` a whole-text entry.
import { LEXICONS, normalizeText, trimPunctuation } from '../lexicon/index.ts';
import { PHRASE_FIELDS, WORDING_LEXICONS, type PhraseCategory } from '../lexicon/wording/index.ts';
import { WORD_CHARS, WORD_CLASS_SOURCE, WORD_CODE_RANGES } from '../lexicon/phrase-index.ts';
import { normalizeSpan } from './normalize.ts';

const BOUNDARY_SPLIT = new RegExp(`[^${WORD_CHARS}]+`);
const ENDS_IN_BOUNDARY = new RegExp(`${WORD_CLASS_SOURCE}$`);
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
const LETTER_SPLIT = /[^\p{L}\p{N}]+/u;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\u0000-\u007f]/;

/** The words of a normalised text as the phrase regexes read them (with empty strings at the ends). */
export function boundaryWords(norm: string): readonly string[] {
  return norm.split(BOUNDARY_SPLIT);
}

/**
 * The words of a normalised text as `tokensOf` reads them (with empty strings at the ends). In normalised
 * ASCII text (lowercase) they are the `boundaryWords`, which can be passed to save a split.
 */
export function letterWords(norm: string, boundary?: readonly string[]): readonly string[] {
  return boundary && !NON_ASCII.test(norm) ? boundary : norm.split(LETTER_SPLIT);
}

/**
 * The words of a text as written (a chunk), or `undefined` when it is not ASCII. In ASCII text both kinds
 * of words are runs of [0-9a-z] once lowercased, and every sentence break is a non-word character, so
 * each word of a sentence of the chunk is one of these.
 */
export function chunkWords(text: string): readonly string[] | undefined {
  return NON_ASCII.test(text) ? undefined : text.toLowerCase().split(BOUNDARY_SPLIT);
}

/** The text the link lexicon's matchers read: they normalise again (a no-op on normalised ASCII text). */
function lexiconText(norm: string): string {
  return NON_ASCII.test(norm) ? normalizeText(norm) : norm;
}

interface Phrase {
  /** Words that must each be a whole word of the text. */
  words: readonly string[];
  /** The last word of a stem, which must start a word of the text. */
  open: string | undefined;
  /** The matchers (bits) the phrase belongs to. */
  mask: number;
}

interface Stem {
  stem: string;
  mask: number;
}

let common: Set<string> | undefined;

/** Longer words are rarer, and function words and "email" are in every other sentence of an email. */
function rarity(word: string): number {
  common ??= new Set(['email', 'emails', 'mail', 'mails', 'e', ...LEXICONS.flatMap((l) => l.stopwords.map(normalizeText))]);
  return (common.has(word) ? 0 : 100) + word.length;
}

/** Are all the words of the phrase among `words`? (Phrases have a few words: no set is built.) */
function hasAll(words: readonly string[], p: Phrase): boolean {
  for (const x of p.words) if (!words.includes(x)) return false;
  if (p.open === undefined) return true;
  for (const x of words) if (x.startsWith(p.open)) return true;
  return false;
}

/** First two characters of a word, as one number (stems are looked up by them). */
const headOf = (w: string) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);

/**
 * The phrases of one or more matchers, indexed by their rarest word. Each phrase carries the bit of its
 * matcher, so one pass over a text's words tells which matchers could match.
 */
export class PhraseKeys {
  private readonly byKey = new Map<string, Phrase[]>();
  /** Phrases that are a single stem (a word of the text must start with it), by their first two characters. */
  private readonly stems = new Map<number, Stem[]>();
  /** Stems of one character. */
  private readonly shortStems: Stem[] = [];
  /** Matchers with a phrase of no word at all (only punctuation): nothing can be ruled out for them. */
  private always = 0;

  /** Adds a normalised phrase; `open` when its end may run on into a longer word (no boundary after it). */
  add(body: string, open: boolean, mask = 1): void {
    const words = body.split(BOUNDARY_SPLIT).filter((w) => w.length > 0);
    const last = open && ENDS_IN_BOUNDARY.test(body) ? words.pop() : undefined;
    if (words.length === 0) {
      if (last !== undefined) this.addStem({ stem: last, mask });
      else if (body) this.always |= mask;
      return;
    }
    const key = words.reduce((a, w) => (rarity(w) > rarity(a) ? w : a));
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    list.push({ words: [...new Set(words)], open: last, mask });
  }

  private addStem(stem: Stem): void {
    if (stem.stem.length < 2) {
      this.shortStems.push(stem);
      return;
    }
    let list = this.stems.get(headOf(stem.stem));
    if (!list) this.stems.set(headOf(stem.stem), (list = []));
    list.push(stem);
  }

  /** Adds every phrase of `other`, under the bit `mask` (or their own bits). */
  merge(other: PhraseKeys, mask?: number): this {
    for (const [key, phrases] of other.byKey) {
      let list = this.byKey.get(key);
      if (!list) this.byKey.set(key, (list = []));
      for (const p of phrases) list.push({ ...p, mask: mask ?? p.mask });
    }
    for (const list of other.stems.values()) for (const s of list) this.addStem({ stem: s.stem, mask: mask ?? s.mask });
    for (const s of other.shortStems) this.shortStems.push({ stem: s.stem, mask: mask ?? s.mask });
    if (other.always) this.always |= mask ?? other.always;
    return this;
  }

  /** Bits of the stems a word starts with. */
  private stemsOf(w: string): number {
    let mask = 0;
    if (w.length >= 2) {
      const stems = this.stems.get(headOf(w));
      if (stems) for (const s of stems) if (w.startsWith(s.stem)) mask |= s.mask;
    }
    for (const s of this.shortStems) if (w.startsWith(s.stem)) mask |= s.mask;
    return mask;
  }

  /** Could a phrase occur in a text with these words? */
  mayOccur(words: readonly string[]): boolean {
    if (this.always) return true;
    for (const w of words) {
      if (w === '') continue;
      if (this.stemsOf(w)) return true;
      const phrases = this.byKey.get(w);
      if (phrases) for (const p of phrases) if (hasAll(words, p)) return true;
    }
    return false;
  }

  /** The bits of the matchers that could match a text with these words. */
  which(words: readonly string[]): number {
    let found = this.always;
    for (const w of words) {
      if (w === '') continue;
      found |= this.stemsOf(w);
      const phrases = this.byKey.get(w);
      if (phrases) for (const p of phrases) if ((found & p.mask) !== p.mask && hasAll(words, p)) found |= p.mask;
    }
    return found;
  }
}

/** How a family of matchers builds its regex: where it puts a boundary after a phrase. */
export type Family = 'link' | 'wording';

/** Keys of lexicon entries as written (`'unsubscrib*'` is a stem), for the matchers of `family`. */
export function phraseKeys(entries: Iterable<string>, family: Family): PhraseKeys {
  const keys = new PhraseKeys();
  for (const raw of entries) {
    const stem = raw.endsWith('*');
    const body = normalizeText(stem ? raw.slice(0, -1) : raw);
    // linter/lexicon: `(?!boundary)` after every non-stem; wording: after non-stems that end in a letter or digit.
    keys.add(body, stem || (family === 'wording' && !ENDS_IN_WORD.test(body)));
  }
  return keys;
}

const each = <T>(list: readonly T[], pick: (x: T) => readonly string[]) => list.flatMap(pick);

interface OptOutKeys {
  /** The phrases of `matchOptOutWording` and `matchContextCue`. */
  phrases: PhraseKeys;
  /** Their whole-text entries (`=baja`), compared as the matcher does: `trimPunctuation` of the text. */
  wholeTexts: Set<string>;
  /** The whole-text entries as phrases: sound for ASCII text only (see `mayBeAboutOptOutChunk`). */
  wholeTextPhrases: PhraseKeys;
}

let optOut: OptOutKeys | undefined;

function optOutKeys(): OptOutKeys {
  if (optOut) return optOut;
  const entries = each(LEXICONS, (l) => [...l.unsubscribe, ...l.preferences, ...l.context]);
  const wholeTexts = new Set(entries.filter((e) => e.startsWith('=')).map((e) => trimPunctuation(normalizeText(e.slice(1)))));
  const wholeTextPhrases = new PhraseKeys();
  for (const t of wholeTexts) wholeTextPhrases.add(t, false);
  optOut = {
    phrases: phraseKeys(
      entries.filter((e) => !e.startsWith('=')),
      'link',
    ),
    wholeTexts,
    wholeTextPhrases,
  };
  return optOut;
}

/**
 * Could `matchOptOutWording` or `matchContextCue` match this (normalised) text? `words`, its
 * `boundaryWords` if already split, are used when the matchers read the same text.
 */
export function mayMatchOptOut(norm: string, words?: readonly string[]): boolean {
  const keys = optOutKeys();
  const text = lexiconText(norm);
  const textWords = words && text === norm ? words : boundaryWords(text);
  if (keys.phrases.mayOccur(textWords)) return true;
  // In ASCII text a whole-text entry's words are whole words (see `mayBeAboutOptOutChunk`): a cheap test first.
  if (!NON_ASCII.test(text) && !keys.wholeTextPhrases.mayOccur(textWords)) return false;
  return keys.wholeTexts.has(trimPunctuation(text));
}

let chunkKeys: PhraseKeys | undefined;

/** Characters the boundary class reads as word characters that are not letters or digits ("÷", Greek punctuation). */
let boundaryNonLetters: RegExp | undefined;

function hasBoundaryNonLetter(text: string): boolean {
  if (!boundaryNonLetters) {
    const found: string[] = [];
    for (const [from, to] of WORD_CODE_RANGES) {
      for (let cp = from; cp <= to; cp++) if (!ENDS_IN_WORD.test(String.fromCharCode(cp))) found.push(`\\u${cp.toString(16).padStart(4, '0')}`);
    }
    boundaryNonLetters = new RegExp(`[${found.join('')}]`);
  }
  return boundaryNonLetters.test(text);
}

/**
 * Could a sentence of this chunk text be about opting out (the link lexicon's matchers), or say that one
 * cannot (`findCues('cannot-unsubscribe')`)? A sentence's normalised text is a piece of the chunk's,
 * bounded by break characters that are not word characters, so its words are words of the chunk's.
 */
export function chunkMayBeAboutOptOut(text: string): boolean {
  const ascii = chunkWords(text);
  if (ascii) return mayBeAboutOptOutChunk(ascii);
  const norm = normalizeSpan(text);
  const words = boundaryWords(norm);
  if (cueKeys('cannot-unsubscribe').mayOccur(words)) return true;
  // The link lexicon's matchers normalise the sentence again; the chunk is normalised the same way.
  const lexText = normalizeText(norm);
  const lexWords = lexText === norm ? words : boundaryWords(lexText);
  const keys = optOutKeys();
  if (keys.phrases.mayOccur(lexWords)) return true;
  // A whole-text entry is a sentence but for punctuation around it: whole words, unless that punctuation
  // is a word character of the boundary class.
  return hasBoundaryNonLetter(lexText) || keys.wholeTextPhrases.mayOccur(lexWords);
}

/**
 * Could a sentence of a chunk with these words (`chunkWords`, ASCII) be about opting out, or say that one
 * cannot? In ASCII text the characters around a whole-text entry are not word characters, so its words
 * are whole words.
 */
export function mayBeAboutOptOutChunk(words: readonly string[]): boolean {
  chunkKeys ??= new PhraseKeys().merge(optOutKeys().phrases).merge(optOutKeys().wholeTextPhrases).merge(cueKeys('cannot-unsubscribe'));
  return chunkKeys.mayOccur(words);
}

const categoryKeys = new Map<PhraseCategory, PhraseKeys>();

/** What `findCues(category, …)` looks for (test with `boundaryWords` of the normalised text). */
export function cueKeys(category: PhraseCategory): PhraseKeys {
  let keys = categoryKeys.get(category);
  if (!keys) {
    keys = phraseKeys(each(WORDING_LEXICONS, PHRASE_FIELDS[category]), 'wording');
    categoryKeys.set(category, keys);
  }
  return keys;
}

let shaming: PhraseKeys | undefined;
/** What `findShaming` needs first: a shaming phrase (test with `boundaryWords`). */
export function shamingKeys(): PhraseKeys {
  shaming ??= phraseKeys(
    each(WORDING_LEXICONS, (l) => l.confirmshaming.shaming),
    'wording',
  );
  return shaming;
}

let processing: PhraseKeys | undefined;
/** What `mentionsProcessing` looks for, in any language (test with `boundaryWords`). */
export function processingKeys(): PhraseKeys {
  processing ??= phraseKeys(
    each(WORDING_LEXICONS, (l) => l.delay.processing),
    'wording',
  );
  return processing;
}

let units: Set<string> | undefined;
/** Could `findDelays` find a delay? It needs a unit word ("days", "giorni") among `letterWords`. */
export function mayHoldDelay(words: readonly string[]): boolean {
  units ??= new Set(WORDING_LEXICONS.flatMap((l) => Object.keys(l.delay.units).map(normalizeText)));
  return words.some((w) => units!.has(w));
}

/** Bits of `sentenceCues`: the phrase categories, confirmshaming and processing phrases. */
export const CUE_BITS: Readonly<Record<PhraseCategory | 'shaming' | 'processing', number>> = {
  login: 1,
  fee: 2,
  'mandatory-reason': 4,
  'reply-only': 8,
  'cannot-unsubscribe': 16,
  shaming: 32,
  processing: 64,
};

let sentenceKeys: PhraseKeys | undefined;

/**
 * Which wording matchers (`CUE_BITS`) could match a normalised sentence with these `boundaryWords`:
 * `findCues` of each category, `findShaming`, `mentionsProcessing`. One pass for all of them.
 */
export function sentenceCues(words: readonly string[]): number {
  if (!sentenceKeys) {
    const keys = new PhraseKeys();
    for (const c of Object.keys(PHRASE_FIELDS) as PhraseCategory[]) keys.merge(cueKeys(c), CUE_BITS[c]);
    keys.merge(shamingKeys(), CUE_BITS.shaming).merge(processingKeys(), CUE_BITS.processing);
    sentenceKeys = keys;
  }
  return sentenceKeys.which(words);
}
