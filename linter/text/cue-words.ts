// Cheap necessary conditions before the lexicons' big alternations (hundreds of phrases in ten languages,
// tried at every character). A phrase matches between word boundaries, so in a normalised ASCII text each
// of its words is a whole word of the text (the last one only a word's start when the phrase is a stem).
// One word per phrase is kept as its key: a text whose words include no key cannot match, and skips the
// regex. Non-ASCII text has no shortcut (the lexicons' word classes differ there) and always runs it.
//
// The phrases are read as linter/lexicon compiles them: `normalizeText` of the entry, a trailing `*` makes
// a stem, a leading `=` (link lexicon) a whole-text entry.
import { LEXICONS, normalizeText, trimPunctuation } from '../lexicon/index.ts';
import { WORDING_LEXICONS, type PhraseCategory, type WordingLexicon } from '../lexicon/wording/index.ts';

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\u0000-\u007f]/;
/** Word characters of normalised ASCII text, as the lexicons' boundary class reads them. */
const NOT_WORD = /[^0-9a-z]+/;
const ENDS_IN_WORD = /[0-9a-z]$/;

/** The words of a normalised text, or `undefined` when it is not ASCII (no shortcut then). */
export function asciiWords(norm: string): readonly string[] | undefined {
  return NON_ASCII.test(norm) ? undefined : norm.split(NOT_WORD);
}

export class CueKeys {
  private readonly words = new Set<string>();
  private readonly prefixes: string[] = [];
  /** Some phrase has no word at all (only punctuation): nothing can be ruled out. */
  private always = false;

  /** Adds a phrase (normalised); `stem` when it matches the start of a longer word. */
  add(phrase: string, stem: boolean): void {
    // A phrase with a non-ASCII character never occurs in ASCII text, and non-ASCII text is not filtered.
    if (!phrase || NON_ASCII.test(phrase)) return;
    const parts = phrase.split(NOT_WORD).filter((w) => w.length > 0);
    const open = stem && ENDS_IN_WORD.test(phrase) ? parts.pop() : undefined;
    const longest = parts.reduce<string | undefined>((a, w) => (a === undefined || w.length > a.length ? w : a), undefined);
    if (longest !== undefined) this.words.add(longest);
    else if (open !== undefined) this.prefixes.push(open);
    else this.always = true;
  }

  /** Could a phrase occur in a text with these words (`undefined`: not ASCII, so maybe)? */
  mayOccur(words: readonly string[] | undefined): boolean {
    if (words === undefined || this.always) return true;
    for (const w of words) {
      if (this.words.has(w)) return true;
      for (const p of this.prefixes) if (w.startsWith(p)) return true;
    }
    return false;
  }
}

/** Keys of lexicon entries as written: `'unsubscrib*'` is a stem, `'=baja'` a whole text. */
function keysOf(entries: Iterable<string>): CueKeys {
  const keys = new CueKeys();
  for (const raw of entries) {
    if (raw.startsWith('=')) keys.add(trimPunctuation(normalizeText(raw.slice(1))), false);
    else if (raw.endsWith('*')) keys.add(normalizeText(raw.slice(0, -1)), true);
    else keys.add(normalizeText(raw), false);
  }
  return keys;
}

const each = <T>(list: readonly T[], pick: (x: T) => readonly string[]) => list.flatMap(pick);

let optOut: CueKeys | undefined;
/** What `matchOptOutWording` and `matchContextCue` look for. */
export function optOutKeys(): CueKeys {
  optOut ??= keysOf(each(LEXICONS, (l) => [...l.unsubscribe, ...l.preferences, ...l.context]));
  return optOut;
}

const PHRASE_FIELDS: Record<PhraseCategory, (l: WordingLexicon) => readonly string[]> = {
  login: (l) => l.login,
  fee: (l) => l.fee,
  'mandatory-reason': (l) => l.mandatoryReason,
  'reply-only': (l) => l.replyOnly,
  'cannot-unsubscribe': (l) => l.cannotUnsubscribe,
};

const phraseKeys = new Map<PhraseCategory, CueKeys>();
/** What `findCues(category, …)` looks for. */
export function cueKeys(category: PhraseCategory): CueKeys {
  let keys = phraseKeys.get(category);
  if (!keys) {
    keys = keysOf(each(WORDING_LEXICONS, PHRASE_FIELDS[category]));
    phraseKeys.set(category, keys);
  }
  return keys;
}

let shaming: CueKeys | undefined;
/** What `findShaming` needs first: a shaming phrase. */
export function shamingKeys(): CueKeys {
  shaming ??= keysOf(each(WORDING_LEXICONS, (l) => l.confirmshaming.shaming));
  return shaming;
}

let processing: CueKeys | undefined;
/** What `mentionsProcessing` looks for, in any language. */
export function processingKeys(): CueKeys {
  processing ??= keysOf(each(WORDING_LEXICONS, (l) => l.delay.processing));
  return processing;
}

let units: CueKeys | undefined;
/** What `findDelays` needs: a unit word ("days", "giorni"), in any language. */
export function delayUnitKeys(): CueKeys {
  units ??= keysOf(each(WORDING_LEXICONS, (l) => Object.keys(l.delay.units)));
  return units;
}
