// The lexicon's matchers as rules call them: each applies its own pre-filter (the words a phrase needs) before
// running its regexes, so a rule asks "what does this sentence say?" and judges the answer. The pre-filters
// are what keeps the text rules fast: most sentences hold no word of any phrase.
import { matchContextCue, matchOptOutWording, normalizeText } from '../lexicon/index.ts';
import {
  findCues,
  findDelays,
  findShaming,
  isDecline,
  mentionsProcessing,
  mentionsServiceMail,
  textAfterOr,
  type CueHit,
  type DelayHit,
  type PhraseCategory,
  type ShamingHit,
} from '../lexicon/wording/index.ts';
import type { Chunk } from './chunks.ts';
import { CUE_BITS, boundaryWords, chunkMayBeAboutOptOut, letterWords, mayHoldDelay, mayMatchOptOut, sentenceCues, shamingKeys } from './cue-words.ts';

/** A normalised text with its words (a `Sentence`). */
export interface WordedText {
  readonly norm: string;
  readonly words: readonly string[];
}

/** Which wording matchers could match, one pass for all of them; kept per text object. */
const cueCache = new WeakMap<WordedText, number>();

function cuesOf(t: WordedText): number {
  let bits = cueCache.get(t);
  if (bits === undefined) {
    bits = sentenceCues(t.words);
    cueCache.set(t, bits);
  }
  return bits;
}

/** Could a sentence of this chunk speak of opting out (or say that one cannot)? Skips most chunks unsplit. */
export function chunkMaySpeakOfOptOut(chunk: Chunk): boolean {
  return chunkMayBeAboutOptOut(chunk.text);
}

/** The text speaks of opting out: an opt-out phrase or a context cue ("to stop receiving…"). */
export function speaksOfOptOut(t: WordedText, lang: string): boolean {
  return mayMatchOptOut(t.norm, t.words) && (matchOptOutWording(t.norm, lang) !== undefined || matchContextCue(t.norm, lang) !== undefined);
}

/** Phrases of one obstacle category ("log in", "a fee", "reply to this email", "cannot unsubscribe"). */
export function cuesIn(category: PhraseCategory, t: WordedText, lang?: string): CueHit[] {
  const hits = cuesOf(t) & CUE_BITS[category] ? findCues(category, t.norm) : [];
  if (category !== 'login' || hits.length === 0) return hits;
  // "Log in to change topics, or opt out instantly below": the login is one way, and another needs none.
  return hits.filter((h) => {
    const rest = textAfterOr(t.norm, h);
    return !(rest && speaksOfOptOut({ norm: rest, words: boundaryWords(rest) }, lang ?? ''));
  });
}

/** Promised delays ("up to 30 days"), in business days. */
export function delaysIn(t: WordedText, lang: string): DelayHit[] {
  return mayHoldDelay(letterWords(t.norm, t.words)) ? findDelays(t.norm, lang) : [];
}

/** The text speaks of processing a request ("your request will be processed"). */
export function speaksOfProcessing(t: WordedText): boolean {
  return (cuesOf(t) & CUE_BITS.processing) !== 0 && mentionsProcessing(t.norm);
}

/** The text names mail that stays after an opt-out ("account notices", "Servicemitteilungen", "messaggi di servizio"). */
export function speaksOfServiceMail(t: WordedText): boolean {
  return mentionsServiceMail(t.norm);
}

/** A confirmshaming phrase ("I prefer paying full price"), with the decline it follows, if any. */
export function shamingIn(t: WordedText): ShamingHit | undefined {
  return cuesOf(t) & CUE_BITS.shaming ? findShaming(t.norm) : undefined;
}

/** A button or link label that declines with shame ("No thanks, I prefer paying full price"). */
export function shamingLabel(label: string): ShamingHit | undefined {
  const norm = normalizeText(label);
  if (!norm || !shamingKeys().mayOccur(boundaryWords(norm))) return undefined;
  const hit = findShaming(norm);
  return hit && (hit.decline !== undefined || isDecline(norm) || matchOptOutWording(norm) !== undefined) ? hit : undefined;
}
