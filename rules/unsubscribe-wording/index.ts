import { defineRule, docsUrl } from '../../linter/rule.ts';
import { elements, textOf } from '../../linter/dom.ts';
import type { EmailDocument } from '../../linter/document.ts';
import type { Range } from '../../linter/types.ts';
import { matchContextCue, matchOptOutWording, normalizeText } from '../../linter/lexicon/index.ts';
import {
  findCues, findDelays, findShaming, isDecline, mentionsProcessing, type PhraseCategory,
} from '../../linter/lexicon/wording/index.ts';
import {
  plainTextChunks, sentenceOverlaps, sentenceQuote, sentenceRange, sentencesOf, textChunks, type Chunk, type Sentence,
} from '../../linter/text/chunks.ts';

const MESSAGE_IDS: Record<PhraseCategory, string> = {
  login: 'login',
  fee: 'fee',
  'mandatory-reason': 'mandatoryReason',
  'reply-only': 'replyOnly',
  'cannot-unsubscribe': 'cannotUnsubscribe',
};

/** Elements whose text is a choice the reader clicks: links, buttons, Inky items. */
const CLICKABLE = new Set(['a', 'button', 'item', 'mj-button']);

export default defineRule({
  meta: {
    id: 'unsubscribe-wording',
    description: 'No misleading or obstructive wording about opting out: a login, a fee, a long delay, a mandatory reason or survey, reply-only, "you cannot unsubscribe", confirmshaming.',
    severity: 'error',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-wording') },
    regulations: ['can-spam', 'casl', 'eprivacy', 'gdpr', 'it-privacy-code', 'pecr', 'gmail-yahoo', 'rfc8058'],
    messages: {
      login: '"{{phrase}}": opting out must not require a login or password — nothing beyond the email address and one web page or reply (16 CFR 316.5; ePrivacy art. 13 "in an easy manner").',
      fee: '"{{phrase}}": opting out must be free of charge (16 CFR 316.5; ePrivacy art. 13; CASL s. 11).',
      delay: '"{{phrase}}" is about {{days}} business days; an opt-out must take effect within {{max}} business days (CAN-SPAM and CASL: 10 business days; Gmail and Yahoo: 2 days).',
      mandatoryReason: '"{{phrase}}": a reason or survey may be asked for but never required; an opt-out needs nothing beyond the email address and preferences (16 CFR 316.5; GDPR art. 21).',
      replyOnly: '"{{phrase}}": replying is the only opt-out offered; add an unsubscribe link ("a clearly visible unsubscribe link in the message body", Gmail and Yahoo bulk-sender rules).',
      cannotUnsubscribe: '"{{phrase}}": every commercial email must let the recipient opt out (ePrivacy art. 13; CAN-SPAM 15 U.S.C. 7704(a)(3); CASL s. 6(2)(c)).',
      confirmshaming: '"{{phrase}}" shames the reader for declining (confirmshaming, named in the ICO–CMA paper on harmful online choice architecture); write a neutral "No thanks" or "Unsubscribe".',
    },
    options: {
      maxDelayBusinessDays: {
        type: 'number',
        default: 10,
        min: 0,
        description: 'Longest stated opt-out delay, in business days (CAN-SPAM/CASL 10; the gmail-yahoo profile sets 2).',
      },
    },
  },
  check(doc, ctx) {
    const max = Number(ctx.options.maxDelayBusinessDays);
    const links = doc.optOutLinks();
    const reported: Range[] = [];
    const seen = new Set<string>();
    const emit = (messageId: string, at: { range?: Range; loc?: Loc; node?: import('domhandler').Element }, data: Record<string, string | number>) => {
      const r = at.range;
      if (r && reported.some((x) => x.start < r.end && r.start < x.end)) return;
      const key = `${messageId}\u0000${String(data.phrase).toLowerCase()}`;
      if (at.loc && seen.has(key)) return; // the plain-text part repeats the HTML: once is enough
      if (r) reported.push(r);
      seen.add(key);
      ctx.report({ messageId, data, ...(at.node ? { node: at.node } : {}), ...(r ? { range: r } : {}), ...(at.loc ? { loc: at.loc } : {}) });
    };

    // Confirmshaming in the text of links and buttons ("No thanks, I prefer paying full price").
    for (const el of elements(doc.root)) {
      if (!CLICKABLE.has(el.name) && el.attribs.role !== 'button' && !(el.name === 'input' && /^(?:submit|button)$/i.test(el.attribs.type ?? ''))) continue;
      const text = el.name === 'input' ? (el.attribs.value ?? '') : textOf(el);
      const n = normalizeText(text);
      if (!n) continue;
      const hit = findShaming(n);
      if (hit && (hit.decline !== undefined || isDecline(n) || matchOptOutWording(n) !== undefined)) {
        const range = { start: el.startIndex ?? 0, end: (el.endIndex ?? el.startIndex ?? 0) + 1 };
        emit('confirmshaming', { node: el, range }, { phrase: text.replace(/\s+/g, ' ').trim() });
      }
    }

    const scanChunks = (chunks: Chunk[], place: (c: Chunk, s: Sentence, from: number, to: number) => { range?: Range; loc?: Loc }) => {
      const sentences = sentencesOf(chunks);
      const ranges = links.map((l) => l.range);
      const aboutOptOut = (s: Sentence) =>
        sentenceOverlaps(chunks[s.chunk]!, s, ranges) || matchOptOutWording(s.norm, doc.lang) !== undefined || matchContextCue(s.norm, doc.lang) !== undefined;
      sentences.forEach((s, i) => {
        if (!aboutOptOut(s)) {
          // "You cannot unsubscribe" speaks of opting out by itself, in any word order ("nie możesz się wypisać").
          for (const hit of findCues('cannot-unsubscribe', s.norm)) {
            const chunk = chunks[s.chunk]!;
            emit('cannotUnsubscribe', place(chunk, s, hit.start, hit.end), { phrase: sentenceQuote(chunk, s, hit.start, hit.end) });
          }
          return;
        }
        scanSentence(doc, chunks[s.chunk]!, s, 'self', links.length, max, place, emit);
        const next = sentences[i + 1];
        // "To unsubscribe, click here. You will need your password." — the next sentence still speaks of it.
        if (s.breakAfter === 'sentence' && next && next.chunk === s.chunk && !aboutOptOut(next)) {
          scanSentence(doc, chunks[next.chunk]!, next, 'follow', links.length, max, place, emit);
        }
      });
    };

    scanChunks(textChunks(doc.root, doc.text), (c, s, from, to) => ({ range: sentenceRange(c, s, from, to) }));
    const plain = doc.message.plainText;
    if (plain) {
      const lineStarts = [0];
      for (let i = 0; i < plain.text.length; i++) if (plain.text[i] === '\n') lineStarts.push(i + 1);
      const locOf = (offset: number) => {
        let line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
        return { line: plain.line + line, column: offset - lineStarts[line]! + 1 };
      };
      scanChunks(plainTextChunks(plain.text), (c, s, from, to) => {
        const r = sentenceRange(c, s, from, to);
        const a = locOf(r.start);
        const b = locOf(r.end);
        return { loc: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column } };
      });
    }
  },
});

type Loc = { line: number; column: number; endLine?: number; endColumn?: number };
type Emit = (messageId: string, at: { range?: Range; loc?: Loc }, data: Record<string, string | number>) => void;

function scanSentence(
  doc: EmailDocument,
  chunk: Chunk,
  s: Sentence,
  mode: 'self' | 'follow',
  linkCount: number,
  max: number,
  place: (c: Chunk, s: Sentence, from: number, to: number) => { range?: Range; loc?: Loc },
  emit: Emit,
): void {
  for (const category of Object.keys(MESSAGE_IDS) as PhraseCategory[]) {
    // Opting out by one reply is lawful (16 CFR 316.5); reply-*only* is the problem.
    if (category === 'reply-only' && linkCount > 0) continue;
    for (const hit of findCues(category, s.norm)) {
      emit(MESSAGE_IDS[category], place(chunk, s, hit.start, hit.end), { phrase: sentenceQuote(chunk, s, hit.start, hit.end) });
    }
  }
  if (mode === 'follow' && !mentionsProcessing(s.norm)) return;
  for (const d of findDelays(s.norm, doc.lang)) {
    if (d.businessDays <= max) continue;
    emit('delay', place(chunk, s, d.start, d.end), {
      phrase: sentenceQuote(chunk, s, d.start, d.end),
      days: Math.round(d.businessDays * 10) / 10,
      max,
    });
  }
  if (mode === 'self') {
    const shame = findShaming(s.norm);
    if (shame) {
      const idx = s.norm.indexOf(normalizeText(shame.phrase));
      if (idx >= 0) emit('confirmshaming', place(chunk, s, idx, idx + normalizeText(shame.phrase).length), { phrase: sentenceQuote(chunk, s, 0, s.norm.length) });
    }
  }
}
