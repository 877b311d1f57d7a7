// Finds the first of many literal phrases in a normalised text, with the same answer as one big regex
// alternation `(?<!W)(?:(p1(?!W))|(p2(?!W))|…)` (W = a word character) but in one linear pass: the
// alternation made V8 try every phrase at every position (hundreds of phrases, every link and sentence).

/** Word characters of normalised text: digits, a–z, Latin-1/Latin Extended, Greek and Cyrillic. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
}

/** The same characters for regex sources: `[${WORD_CHARS}]` is a word character, `[^${WORD_CHARS}]` not. */
export const WORD_CHARS = '\\da-z\\u00df-\\u024f\\u0370-\\u04ff';
export const WORD_CLASS_SOURCE = `[${WORD_CHARS}]`;

/** The non-ASCII ranges of the class (for code that enumerates them). */
export const WORD_CODE_RANGES: readonly (readonly [number, number])[] = [
  [0xdf, 0x24f],
  [0x370, 0x4ff],
];

export interface Phrase {
  /** Normalised text to find. */
  body: string;
  /** True: the phrase may be followed by more word characters (`unsubscrib*`). */
  stem: boolean;
}

export class PhraseIndex {
  private readonly phrases: readonly Phrase[];
  /** Phrases of two or more characters by their first two code units (c0 * 65536 + c1), in priority order. */
  private readonly byPair = new Map<number, number[]>();
  /** One-character phrases by their code unit. */
  private readonly bySingle = new Map<number, number[]>();
  /** 1 where some phrase starts with that code unit: most positions are ruled out without a Map lookup. */
  private readonly startsWith = new Uint8Array(65536);

  /** `phrases` in priority order: at one position, the first that matches wins (longest first, like the regex). */
  constructor(phrases: readonly Phrase[]) {
    this.phrases = phrases;
    phrases.forEach((p, i) => {
      if (p.body.length === 0) return;
      this.startsWith[p.body.charCodeAt(0)] = 1;
      const key = p.body.length === 1 ? p.body.charCodeAt(0) : p.body.charCodeAt(0) * 65536 + p.body.charCodeAt(1);
      const map = p.body.length === 1 ? this.bySingle : this.byPair;
      const bucket = map.get(key);
      if (bucket) bucket.push(i);
      else map.set(key, [i]);
    });
  }

  /** Index of the phrase found at the leftmost position (priority order among phrases there), or -1. */
  find(text: string): number {
    const n = text.length;
    let prevIsWord = false;
    const starts = this.startsWith;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!prevIsWord && starts[c] === 1) {
        const hit = this.at(text, i, c);
        if (hit >= 0) return hit;
      }
      prevIsWord = isWordCode(c);
    }
    return -1;
  }

  private at(text: string, i: number, c: number): number {
    const pair = i + 1 < text.length ? this.byPair.get(c * 65536 + text.charCodeAt(i + 1)) : undefined;
    const single = this.bySingle.size > 0 ? this.bySingle.get(c) : undefined;
    if (!pair && !single) return -1;
    // Both buckets are in priority order; walk them merged.
    let a = 0;
    let b = 0;
    const pa = pair ?? [];
    const pb = single ?? [];
    while (a < pa.length || b < pb.length) {
      const next = b >= pb.length || (a < pa.length && pa[a]! < pb[b]!) ? pa[a++]! : pb[b++]!;
      if (this.matchesAt(this.phrases[next]!, text, i)) return next;
    }
    return -1;
  }

  private matchesAt(p: Phrase, text: string, i: number): boolean {
    if (!text.startsWith(p.body, i)) return false;
    if (p.stem) return true;
    const after = i + p.body.length;
    return after >= text.length || !isWordCode(text.charCodeAt(after));
  }
}
