import type { Element } from 'domhandler';
import {
  chunkMaySpeakOfOptOut,
  chunkOverlaps,
  cuesIn,
  defineRule,
  delaysIn,
  docsUrl,
  elements,
  normalizeText,
  sentenceOverlaps,
  sentenceQuote,
  sentenceRange,
  sentencesOfChunk,
  shamingIn,
  shamingLabel,
  speaksOfOptOut,
  speaksOfProcessing,
  speaksOfServiceMail,
  textOf,
  type Chunk,
  type EmailDocument,
  type PhraseCategory,
  type Range,
  type Sentence,
} from '../../linter/rule-api.ts';

const MESSAGE_IDS: Record<PhraseCategory, string> = {
  login: 'login',
  fee: 'fee',
  'mandatory-reason': 'mandatoryReason',
  'reply-only': 'replyOnly',
  'cannot-unsubscribe': 'cannotUnsubscribe',
};

/** Elements whose text is a choice the reader clicks: links, buttons, Inky items. */
const CLICKABLE = new Set(['a', 'button', 'item', 'mj-button']);

export default defineRule<{ maxDelayBusinessDays: number }>({
  meta: {
    id: 'unsubscribe-wording',
    description:
      'No misleading or obstructive wording about opting out: a login, a fee, a long delay, a mandatory reason or survey, reply-only, "you cannot unsubscribe", confirmshaming.',
    severity: 'error',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-wording') },
    regulations: ['can-spam', 'casl', 'eprivacy', 'gdpr', 'it-privacy-code', 'pecr', 'gmail-yahoo', 'rfc8058'],
    messages: {
      login:
        '"{{phrase}}": opting out must not require a login or password — nothing beyond the email address and one web page or reply (16 CFR 316.5; ePrivacy art. 13 "in an easy manner").',
      fee: '"{{phrase}}": opting out must be free of charge (16 CFR 316.5; ePrivacy art. 13; CASL s. 11).',
      delay:
        '"{{phrase}}" is about {{days}} business days; an opt-out must take effect within {{max}} business days (CAN-SPAM and CASL: 10 business days; Gmail and Yahoo: 2 days).',
      mandatoryReason:
        '"{{phrase}}": a reason or survey may be asked for but never required; an opt-out needs nothing beyond the email address and preferences (16 CFR 316.5; GDPR art. 21).',
      replyOnly:
        '"{{phrase}}": replying is the only opt-out offered; add an unsubscribe link ("a clearly visible unsubscribe link in the message body", Gmail and Yahoo bulk-sender rules).',
      cannotUnsubscribe:
        '"{{phrase}}": every commercial email must let the recipient opt out (ePrivacy art. 13; CAN-SPAM 15 U.S.C. 7704(a)(3); CASL s. 6(2)(c)).',
      confirmshaming:
        '"{{phrase}}" shames the reader for declining (confirmshaming, named in the ICO–CMA paper on harmful online choice architecture); write a neutral "No thanks" or "Unsubscribe".',
    },
    schema: {
      type: 'object',
      properties: {
        maxDelayBusinessDays: {
          type: 'number',
          default: 10,
          minimum: 0,
          description: 'Longest stated opt-out delay, in business days (CAN-SPAM/CASL 10; the gmail-yahoo profile sets 2).',
        },
      },
      additionalProperties: false,
    },
  },
  check(doc, ctx) {
    const links = doc.optOutLinks();
    const reported: Range[] = [];
    const seen = new Set<string>();
    const emit: Emit = (messageId, at, data) => {
      const r = at.range;
      if (r && reported.some((x) => x.start < r.end && r.start < x.end)) return;
      const key = `${messageId}\u0000${String(data.phrase).toLowerCase()}`;
      if (at.loc && seen.has(key)) return; // the plain-text part repeats the HTML: once is enough
      if (r) reported.push(r);
      seen.add(key);
      ctx.report({ messageId, data, ...at });
    };
    const scan: Scan = {
      lang: doc.lang,
      linkRanges: links.map((l) => l.range),
      hasLinks: links.length > 0,
      max: ctx.options.maxDelayBusinessDays,
      emit,
      place: (c, s, from, to) => ({ range: sentenceRange(c, s, from, to) }),
    };
    reportShamingButtons(doc, emit);
    scanChunks(doc.textChunks(), scan);
    const plain = doc.message.plainText;
    // Link ranges are offsets in the HTML: the plain-text part has its own offsets and no link elements.
    if (plain)
      scanChunks(doc.plainTextChunks(), { ...scan, linkRanges: [], place: (c, s, from, to) => ({ loc: plain.locate(sentenceRange(c, s, from, to)) }) });
  },
});

type Loc = { line: number; column: number; endLine: number; endColumn: number };
type Place = (c: Chunk, s: Sentence, from: number, to: number) => { range?: Range; loc?: Loc };
type Emit = (messageId: string, at: { range?: Range; loc?: Loc; node?: Element }, data: Record<string, string | number>) => void;

interface Scan {
  lang: string;
  /** Opt-out links of the HTML, as source ranges. */
  linkRanges: Range[];
  /** The email has an opt-out link: a reply is then one more way, not the only one. */
  hasLinks: boolean;
  max: number;
  emit: Emit;
  /** Where a span of a sentence is in the file. */
  place: Place;
}

/** Confirmshaming in the text of links and buttons ("No thanks, I prefer paying full price"). */
function reportShamingButtons(doc: EmailDocument, emit: Emit): void {
  for (const el of elements(doc.root)) {
    const isInput = el.name === 'input' && /^(?:submit|button)$/i.test(el.attribs.type ?? '');
    if (!CLICKABLE.has(el.name) && el.attribs.role !== 'button' && !isInput) continue;
    const text = isInput ? (el.attribs.value ?? '') : textOf(el);
    if (shamingLabel(text)) {
      const range = { start: el.startIndex ?? 0, end: (el.endIndex ?? el.startIndex ?? 0) + 1 };
      emit('confirmshaming', { node: el, range }, { phrase: text.replace(/\s+/g, ' ').trim() });
    }
  }
}

/** Reads the sentences about opting out, and the one right after each. */
function scanChunks(chunks: readonly Chunk[], scan: Scan): void {
  // Most sentences hold no word of any lexicon phrase: their words rule the phrase regexes out.
  const aboutOptOut = (chunk: Chunk, s: Sentence) => sentenceOverlaps(chunk, s, scan.linkRanges) || speaksOfOptOut(s, scan.lang);
  chunks.forEach((chunk, index) => {
    // Most chunks do not even need splitting: no link in them, and no word of an opt-out or "cannot" phrase.
    if (!chunkOverlaps(chunk, scan.linkRanges) && !chunkMaySpeakOfOptOut(chunk)) return;
    const sentences = sentencesOfChunk(chunk, index);
    sentences.forEach((s, i) => {
      if (!aboutOptOut(chunk, s)) {
        // "You cannot unsubscribe" speaks of opting out by itself, in any word order ("nie możesz się wypisać").
        for (const hit of cannotUnsubscribe(s, scan)) {
          scan.emit('cannotUnsubscribe', scan.place(chunk, s, hit.start, hit.end), { phrase: sentenceQuote(chunk, s, hit.start, hit.end) });
        }
        return;
      }
      scanSentence(chunk, s, 'self', scan);
      // "Please allow up to 30 days for your request to be processed. <a>Unsubscribe</a>": a delay may come first.
      const previous = sentences[i - 1];
      if (previous && previous.breakAfter === 'sentence' && !aboutOptOut(chunk, previous) && speaksOfProcessing(previous)) {
        for (const d of delaysIn(previous, scan.lang)) emitDelay(chunk, previous, d, scan);
      }
      const next = sentences[i + 1];
      // "To unsubscribe, click here. You will need your password." — the next sentence still speaks of it.
      if (s.breakAfter === 'sentence' && next && !aboutOptOut(chunk, next)) scanSentence(chunk, next, 'follow', scan);
    });
  });
}

/**
 * "You cannot unsubscribe", unless it speaks of account, security or order notices while the email has a
 * working opt-out link: those may lawfully stay ("Servicemitteilungen können nicht abbestellt werden").
 */
function cannotUnsubscribe(s: Sentence, scan: Scan) {
  const hits = cuesIn('cannot-unsubscribe', s);
  return hits.length > 0 && scan.hasLinks && speaksOfServiceMail(s) ? [] : hits;
}

function emitDelay(chunk: Chunk, s: Sentence, d: ReturnType<typeof delaysIn>[number], scan: Scan): void {
  if (d.businessDays <= scan.max) return;
  const data = { phrase: sentenceQuote(chunk, s, d.start, d.end), days: Math.round(d.businessDays * 10) / 10, max: scan.max };
  scan.emit('delay', scan.place(chunk, s, d.start, d.end), data);
}

function scanSentence(chunk: Chunk, s: Sentence, mode: 'self' | 'follow', scan: Scan): void {
  const quote = (from: number, to: number) => sentenceQuote(chunk, s, from, to);
  for (const category of Object.keys(MESSAGE_IDS) as PhraseCategory[]) {
    // Opting out by one reply is lawful (16 CFR 316.5); reply-*only* is the problem.
    if (category === 'reply-only' && scan.hasLinks) continue;
    const hits = category === 'cannot-unsubscribe' ? cannotUnsubscribe(s, scan) : cuesIn(category, s, scan.lang);
    for (const hit of hits) {
      scan.emit(MESSAGE_IDS[category], scan.place(chunk, s, hit.start, hit.end), { phrase: quote(hit.start, hit.end) });
    }
  }
  if (mode === 'follow' && !speaksOfProcessing(s)) return;
  for (const d of delaysIn(s, scan.lang)) emitDelay(chunk, s, d, scan);
  if (mode === 'self') {
    // "Unsubscribe (if you like paying full price)": shaming in the opt-out sentence itself.
    const shame = shamingIn(s);
    const phrase = shame ? normalizeText(shame.phrase) : '';
    const at = phrase ? s.norm.indexOf(phrase) : -1;
    if (at >= 0) scan.emit('confirmshaming', scan.place(chunk, s, at, at + phrase.length), { phrase: quote(0, s.norm.length) });
  }
}
