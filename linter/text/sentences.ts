// The sentences of text chunks, normalised for lexicon matching, with their way back to the source.
import type { Range } from '../types.ts';
import { offsetAt, type Chunk } from './chunks.ts';
import { normalizeSpan, normalizeWithMap } from './normalize.ts';
import { boundaryWords } from './cue-words.ts';

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** A sentence of a chunk, with its normalised form for lexicon matching. */
export class Sentence {
  /** For each character of `norm` (plus one past the end), its index in the chunk text; built on first use. */
  // Plain private fields, not #fields: the CLI bundle lowers class fields, and #fields then become WeakMaps.
  private charMap: ArrayLike<number> | undefined;

  constructor(
    readonly chunk: number,
    /** Index of the sentence's first character in the chunk text. */
    readonly start: number,
    /** Exclusive. */
    readonly end: number,
    /** Normalised text (see `normalizeWithMap`). */
    readonly norm: string,
    /** How the sentence ends: `.`/`!`/`?`/`;` (`sentence`) or a line/block/separator break (`hard`). */
    readonly breakAfter: 'sentence' | 'hard',
    private readonly text: string,
    map?: ArrayLike<number>,
  ) {
    this.charMap = map;
  }

  private cachedWords: readonly string[] | undefined;

  /** The words of `norm` as the phrase regexes read them (see cue-words.ts). */
  get words(): readonly string[] {
    this.cachedWords ??= boundaryWords(this.norm);
    return this.cachedWords;
  }

  /** Only findings need it, so ASCII sentences (normalised on the fast path) build it lazily. */
  get map(): ArrayLike<number> {
    this.charMap ??= normalizeWithMap(this.text, this.start, this.end).map;
    return this.charMap;
  }
}

/** Characters that may end a sentence (see `isHardBreak`, `isSentenceBreak`): found natively, then checked. */
const BREAK_CANDIDATE = /[\n|.!?;\u00b7\u2022\u3002]/g;

const isSpaceAt = (text: string, i: number) => i < 0 || i >= text.length || SPACE.test(text[i]!);

/** `\n`, `·`, `•`, and `|` when spaced (unspaced it is part of a merge tag: `*|UNSUB|*`). */
function isHardBreak(text: string, i: number, c: number): boolean {
  if (c === 10 || c === 0xb7 || c === 0x2022) return true;
  return c === 124 && (isSpaceAt(text, i - 1) || isSpaceAt(text, i + 1));
}

/** `.`, `!`, `?`, `;` or `。` followed by a space or the end. */
function isSentenceBreak(text: string, i: number, c: number): boolean {
  if (c !== 46 && c !== 33 && c !== 63 && c !== 59 && c !== 0x3002) return false;
  return isSpaceAt(text, i + 1);
}

/** The sentences of the chunks, in order. */
export function sentencesOf(chunks: readonly Chunk[]): Sentence[] {
  const out: Sentence[] = [];
  for (let index = 0; index < chunks.length; index++) for (const s of sentencesOfChunk(chunks[index]!, index)) out.push(s);
  return out;
}

/** The sentences of one chunk (the `index`-th), in order. */
export function sentencesOfChunk(chunk: Chunk, index: number): Sentence[] {
  const out: Sentence[] = [];
  const { text } = chunk;
  let start = 0;
  const push = (end: number, breakAfter: Sentence['breakAfter']) => {
    const norm = normalizeSpan(text, start, end);
    if (WORD.test(norm)) out.push(new Sentence(index, start, end, norm, breakAfter, text));
  };
  BREAK_CANDIDATE.lastIndex = 0;
  for (let m = BREAK_CANDIDATE.exec(text); m; m = BREAK_CANDIDATE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (isHardBreak(text, i, c)) {
      push(i, 'hard');
      start = i + 1;
    } else if (isSentenceBreak(text, i, c)) {
      push(i + 1, 'sentence');
      start = i + 1;
    }
  }
  push(text.length, 'hard');
  return out;
}

/** The source range of `norm[from..to)` of a sentence. */
export function sentenceRange(chunk: Chunk, s: Sentence, from: number, to: number): Range {
  const a = s.map[from] ?? s.start;
  const lastChar = s.map[Math.max(from, to - 1)] ?? a;
  const start = offsetAt(chunk, a) ?? 0;
  const end = (offsetAt(chunk, lastChar) ?? start) + 1;
  return { start, end: Math.max(start, end) };
}

/** The text as written for `norm[from..to)` of a sentence, whitespace collapsed. */
export function sentenceQuote(chunk: Chunk, s: Sentence, from: number, to: number): string {
  const a = s.map[from] ?? s.start;
  const b = (s.map[Math.max(from, to - 1)] ?? a) + 1;
  return chunk.text.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** Does any character of the sentence lie inside one of the ranges? */
export function sentenceOverlaps(chunk: Chunk, s: Sentence, ranges: readonly Range[]): boolean {
  const first = offsetAt(chunk, s.start);
  const last = offsetAt(chunk, Math.max(s.start, s.end - 1));
  if (first === undefined || last === undefined) return false;
  return ranges.some((r) => r.start <= last && r.end > first);
}

/** Could a sentence of the chunk overlap one of the ranges (as `sentenceOverlaps` reads it)? */
export function chunkOverlaps(chunk: Chunk, ranges: readonly Range[]): boolean {
  const span = chunk.span;
  if (!span) return ranges.length > 0;
  return ranges.some((r) => r.start <= span.max && r.end > span.min);
}
