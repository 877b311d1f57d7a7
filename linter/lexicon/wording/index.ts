// Misleading opt-out wording in ten languages: the data of ./<lang>.ts compiled into matchers (once, lazily).
// Every pattern is an alternation of escaped literals between word boundaries, or a token loop: linear time.
import { normalizeText } from '../index.ts';
import { WORD_CLASS_SOURCE } from '../phrase-index.ts';
import type { DelayUnit, WordingCategory, WordingLexicon } from './types.ts';
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

export type { DelayUnit, WordingCategory, WordingLexicon };

export const WORDING_LEXICONS: readonly WordingLexicon[] = [en, it, de, fr, es, pt, nl, pl, sv, da];

/** The categories found by phrase (delay and confirmshaming have their own grammar). */
export type PhraseCategory = 'login' | 'fee' | 'mandatory-reason' | 'reply-only' | 'cannot-unsubscribe';

/** Where each phrase category's entries are in a wording lexicon. */
export const PHRASE_FIELDS: Record<PhraseCategory, (l: WordingLexicon) => readonly string[]> = {
  login: (l) => l.login,
  fee: (l) => l.fee,
  'mandatory-reason': (l) => l.mandatoryReason,
  'reply-only': (l) => l.replyOnly,
  'cannot-unsubscribe': (l) => l.cannotUnsubscribe,
};

export interface CueHit {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The lexicon entry as written. */
  phrase: string;
  lang: string;
}

/** Word characters of normalised text, as in the opt-out lexicon (a cheap class compiles fast). */
const BOUNDARY = WORD_CLASS_SOURCE;
const TOKEN = /[\p{L}\p{N}]+/gu;

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Matcher {
  regex: RegExp | undefined;
  entries: { phrase: string; lang: string }[];
}

/** One global regex: `(?<!w)(?:(a)(?!w)|(b)…)`, group i+1 ↔ entries[i], longest first. */
function compilePhrases(list: { phrase: string; lang: string }[]): Matcher {
  const byBody = new Map<string, { phrase: string; lang: string; body: string; stem: boolean }>();
  for (const { phrase, lang } of list) {
    const stem = phrase.endsWith('*');
    const body = normalizeText(stem ? phrase.slice(0, -1) : phrase);
    const key = body + (stem ? '*' : '');
    if (body && !byBody.has(key)) byBody.set(key, { phrase, lang, body, stem });
  }
  const sorted = [...byBody.values()].sort((a, b) => b.body.length - a.body.length);
  const alternatives = sorted.map((e) => `(${escapeLiteral(e.body)}${e.stem || !/[\p{L}\p{N}]$/u.test(e.body) ? '' : `(?!${BOUNDARY})`})`);
  const regex = alternatives.length > 0 ? new RegExp(`(?<!${BOUNDARY})(?:${alternatives.join('|')})`, 'g') : undefined;
  return { regex, entries: sorted.map(({ phrase, lang }) => ({ phrase, lang })) };
}

function allHits(m: Matcher, norm: string): CueHit[] {
  const out: CueHit[] = [];
  const re = m.regex;
  if (!re) return out;
  re.lastIndex = 0;
  for (let hit = re.exec(norm); hit; hit = re.exec(norm)) {
    const index = hit.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = m.entries[index - 1];
    if (entry) out.push({ start: hit.index, end: hit.index + hit[0].length, ...entry });
    if (hit[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

interface Compiled {
  phrases: Record<PhraseCategory, Matcher>;
  declines: Matcher;
  shaming: Matcher;
  poBox: Matcher;
  serviceMail: Matcher;
  negations: Set<string>;
  conditionals: Set<string>;
  alternatives: Set<string>;
  orJoins: Set<string>;
  streets: Set<string>;
  streetSuffixes: string[];
  delay: Map<string, { units: Map<string, DelayUnit>; business: Set<string>; numbers: Map<string, number>; lead: Set<string>; processing: Matcher }>;
}

let compiled: Compiled | undefined;

const norm = (s: string) => normalizeText(s);

function compileAll(): Compiled {
  if (compiled) return compiled;
  const each = (pick: (l: WordingLexicon) => readonly string[]) => WORDING_LEXICONS.flatMap((l) => pick(l).map((phrase) => ({ phrase, lang: l.lang })));
  const phrases = Object.fromEntries((Object.keys(PHRASE_FIELDS) as PhraseCategory[]).map((c) => [c, compilePhrases(each(PHRASE_FIELDS[c]))])) as Record<
    PhraseCategory,
    Matcher
  >;
  const delay: Compiled['delay'] = new Map();
  for (const l of WORDING_LEXICONS) {
    delay.set(l.lang, {
      units: new Map(Object.entries(l.delay.units).map(([w, u]) => [norm(w), u])),
      business: new Set(l.delay.business.map(norm)),
      numbers: new Map(Object.entries(l.delay.numbers).map(([w, n]) => [norm(w), n])),
      lead: new Set(l.delay.lead.map(norm)),
      processing: compilePhrases(l.delay.processing.map((phrase) => ({ phrase, lang: l.lang }))),
    });
  }
  compiled = {
    phrases,
    declines: compilePhrases(each((l) => l.confirmshaming.declines)),
    shaming: compilePhrases(each((l) => l.confirmshaming.shaming)),
    poBox: compilePhrases(each((l) => l.address.poBox)),
    serviceMail: compilePhrases(each((l) => l.serviceMail)),
    negations: new Set(WORDING_LEXICONS.flatMap((l) => l.negations.map(norm))),
    conditionals: new Set(WORDING_LEXICONS.flatMap((l) => l.conditionals.map(norm))),
    alternatives: new Set(WORDING_LEXICONS.flatMap((l) => l.alternatives.map(norm))),
    orJoins: new Set(WORDING_LEXICONS.flatMap((l) => l.orJoins.map(norm))),
    streets: new Set(WORDING_LEXICONS.flatMap((l) => l.address.streets.map(norm))),
    streetSuffixes: [...new Set(WORDING_LEXICONS.flatMap((l) => l.address.streetSuffixes.map(norm)))],
    delay,
  };
  return compiled;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words of a normalised text with their offsets. */
export function tokensOf(normalized: string): Token[] {
  const out: Token[] = [];
  for (const m of normalized.matchAll(TOKEN)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const NEGATION_WINDOW = 4;
/** "nothing" in each language: the one negation that follows its cue ("costs nothing", "kostet nichts"). */
const NOTHING = new Set(['nothing', 'niente', 'nulla', 'nichts', 'rien', 'nada', 'niets', 'nic', 'ingenting', 'intet']);

/** A negation among the four words before the hit or the word right after ("no login", "costs nothing"). */
function negated(tokens: Token[], hit: CueHit, words: Set<string>, normalized: string): boolean {
  const before = clauseBefore(tokens, hit, normalized);
  const after = tokens.find((t) => t.start >= hit.end);
  return before.some((t) => words.has(t.word)) || (after !== undefined && NOTHING.has(after.word));
}

/** Up to four words before a hit, in the same clause (a comma, colon or semicolon ends the reach). */
function clauseBefore(tokens: Token[], hit: CueHit, normalized: string): Token[] {
  let cut = -1;
  for (const p of [',', ';', ':', '(', ')']) cut = Math.max(cut, normalized.lastIndexOf(p, hit.start - 1));
  return tokens.filter((t) => t.start > cut && t.end <= hit.start).slice(-NEGATION_WINDOW);
}

/** Phrases of one category in a normalised sentence, negated ones dropped. */
export function findCues(category: PhraseCategory, normalized: string): CueHit[] {
  const c = compileAll();
  const hits = allHits(c.phrases[category], normalized);
  if (hits.length === 0) return hits;
  const tokens = tokensOf(normalized);
  return hits.filter((h) => {
    // A phrase that states the obstacle itself ("cannot unsubscribe") is not cancelled by its own negation.
    if (category === 'cannot-unsubscribe') return !clauseBefore(tokens, h, normalized).some((t) => c.conditionals.has(t.word));
    if (category === 'login' && clauseBefore(tokens, h, normalized).some((t) => c.alternatives.has(t.word))) return false;
    return !negated(tokens, h, c.negations, normalized);
  });
}

/** The words after the first "or" that follows a hit in the sentence ("…, or opt out instantly below"), if any. */
export function textAfterOr(normalized: string, hit: CueHit): string | undefined {
  const c = compileAll();
  const join = tokensOf(normalized).find((t) => t.start >= hit.end && c.orJoins.has(t.word));
  return join ? normalized.slice(join.end) : undefined;
}

export interface DelayHit {
  /** Offsets in the normalised text: from up to two words before the number to the end of the unit. */
  start: number;
  end: number;
  amount: number;
  unit: DelayUnit;
  /** The delay in business days (calendar days × 5/7, weeks × 5, months × 21, hours ÷ 24 × 5/7). */
  businessDays: number;
  lang: string;
}

const BUSINESS_DAYS: Record<DelayUnit, number> = { hour: 5 / 7 / 24, day: 5 / 7, 'business-day': 1, week: 5, month: 21 };
/** Words allowed between a number and its unit ("30 calendar days", "4 full weeks"). */
const MAX_GAP = 2;

/**
 * Delays ("up to 30 days", "fino a 30 giorni lavorativi", "bis zu 4 Wochen") in a normalised sentence.
 * Each language's grammar reads the sentence on its own, so number words of one language never meet
 * unit words of another; where two languages read the same number, `preferredLang` wins.
 */
export function findDelays(normalized: string, preferredLang?: string): DelayHit[] {
  const c = compileAll();
  const tokens = tokensOf(normalized);
  const byNumber = new Map<number, DelayHit>();
  const processing = mentionsProcessing(normalized);
  const langs = [...c.delay.keys()].sort((a, b) => Number(b === preferredLang) - Number(a === preferredLang));
  for (const lang of langs) {
    const g = c.delay.get(lang)!;
    tokens.forEach((t, i) => {
      if (byNumber.has(i)) return;
      const amount = /^\d{1,4}$/.test(t.word) ? Number(t.word) : g.numbers.get(t.word);
      if (amount === undefined) return;
      if (!processing && !tokens.slice(Math.max(0, i - 3), i).some((x) => g.lead.has(x.word))) return;
      for (let j = i + 1; j <= i + 1 + MAX_GAP && j < tokens.length; j++) {
        const w = tokens[j]!.word;
        let unit = g.units.get(w);
        if (!unit) {
          if (/^\d+$/.test(w) || g.numbers.has(w)) return;
          continue;
        }
        let end = tokens[j]!.end;
        const prev = tokens[j - 1]?.word;
        const next = tokens[j + 1];
        if (unit === 'day' && ((prev !== undefined && j - 1 > i && g.business.has(prev)) || (next && g.business.has(next.word)))) {
          unit = 'business-day';
          if (next && g.business.has(next.word)) end = next.end;
        }
        const from = tokens[Math.max(0, i - 2)]!.start;
        byNumber.set(i, { start: from, end, amount, unit, businessDays: amount * BUSINESS_DAYS[unit], lang });
        return;
      }
    });
  }
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
}

/** Does a sentence name mail one may keep sending after an opt-out (account, security, transactional notices)? */
export function mentionsServiceMail(normalized: string): boolean {
  return allHits(compileAll().serviceMail, normalized).length > 0;
}

/** Does a sentence talk about processing (so a delay in it refers to the opt-out sentence before it)? */
export function mentionsProcessing(normalized: string): boolean {
  const c = compileAll();
  for (const g of c.delay.values()) if (allHits(g.processing, normalized).length > 0) return true;
  return false;
}

export interface ShamingHit {
  phrase: string;
  lang: string;
  /** The decline phrase, when the text starts like one ("No thanks"). */
  decline?: string;
}

/** A shaming phrase in a (normalised) decline or opt-out text: "No thanks, I prefer paying full price". */
export function findShaming(normalized: string): ShamingHit | undefined {
  const c = compileAll();
  const shame = allHits(c.shaming, normalized)[0];
  if (!shame) return undefined;
  const decline = allHits(c.declines, normalized)[0];
  return { phrase: shame.phrase, lang: shame.lang, ...(decline ? { decline: decline.phrase } : {}) };
}

/** Is the text a decline ("No thanks", "Nein danke")? */
export function isDecline(normalized: string): boolean {
  return allHits(compileAll().declines, normalized).length > 0;
}

/** Post-office box phrases ("PO Box", "Postfach") in a normalised text. */
export function findPoBoxes(normalized: string): CueHit[] {
  return allHits(compileAll().poBox, normalized);
}

/** Is the (normalised) word a street-type word or a one-word street name ("via", "rue", "Hauptstraße")? */
export function isStreetWord(word: string): boolean {
  const c = compileAll();
  if (c.streets.has(word)) return true;
  return c.streetSuffixes.some((s) => word.length >= s.length + 3 && word.endsWith(s));
}

/** The compiled regular expressions, for the ReDoS test. */
export function compiledWordingPatterns(): RegExp[] {
  const c = compileAll();
  const ms = [...Object.values(c.phrases), c.declines, c.shaming, c.poBox, c.serviceMail, ...[...c.delay.values()].map((g) => g.processing)];
  return ms.map((m) => m.regex).filter((r): r is RegExp => r !== undefined);
}
