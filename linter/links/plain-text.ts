// Opt-out URLs in a text/plain part: a URL whose path says so (/unsubscribe, /abmelden), the same URL as an opt-out
// link of the HTML part, or a URL next to opt-out wording ("Unsubscribe: https://…", "[Abmelden](https://…)").
import { matchContextCue, matchOptOutWording } from '../lexicon/index.ts';
import { classifyHref, findUrls } from './href.ts';

export interface PlainTextOptOut {
  index: number;
  url: string;
}

/** Characters of text before a URL that may name it ("To unsubscribe from these emails, visit"). */
const BEFORE = 160;
const AFTER = 60;

export function findPlainTextOptOut(text: string, htmlOptOutHrefs: readonly string[], lang?: string): PlainTextOptOut | undefined {
  const known = new Set(htmlOptOutHrefs.map(normalize));
  const mailtos = [...text.matchAll(/mailto:[^\s<>()"'\]]+/gi)].map((m) => ({ index: m.index, url: m[0] }));
  for (const { index, url } of [...findUrls(text), ...mailtos]) {
    if (classifyHref(url) || known.has(normalize(url))) return { index, url };
    const before = text.slice(Math.max(0, index - BEFORE), index);
    // The label sits on the URL's line or on the last non-empty line before it ("Newsletter abbestellen\n  https://…").
    const trimmed = before.trimEnd();
    const label = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    const after = text.slice(index + url.length, index + url.length + AFTER).split('\n')[0] ?? '';
    const near = `${label} ${after}`;
    if (matchOptOutWording(lastWords(label), lang)?.kind === 'unsubscribe' || matchContextCue(near, lang) || matchContextCue(before, lang)) {
      return { index, url };
    }
  }
  return undefined;
}

/**
 * The clause right before a URL, up to a dozen words: its label in "Unsubscribe: https://…", "[Abmelden](https://…)"
 * or "To stop receiving these emails, reply STOP or visit https://…". A sentence end, line end or semicolon stops it.
 */
function lastWords(s: string): string {
  return (
    trimEndChars(s, ' \t\r\n:([<»>-]')
      .split(/[.!?\n;]/)
      .pop()
      ?.split(/\s+/)
      .slice(-12)
      .join(' ') ?? ''
  );
}

function normalize(url: string): string {
  return trimEndChars(url.trim().replace(/&amp;/g, '&'), '/#').toLowerCase();
}

function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
