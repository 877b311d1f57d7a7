// What a URL says about its purpose: /unsubscribe, /abmelden, mailto:…?subject=unsubscribe, /preferences…
import type { OptOutKind } from './types.ts';
import { normalizeText } from '../lexicon/index.ts';

// Path/query words of opt-out endpoints, after lowercasing and stripping accents (désabonnement → desabonnement).
const UNSUBSCRIBE_URL =
  /(?<![a-z0-9])(?:unsub|unsuscri|opt-?out|opt_out|abmeld|abbestell|austragen|disiscri|desinscri|desabonn|desuscri|descadastr|afmeld|frameld|uitschrijv|wypis|avanmal|avprenumer|avregistr)|(?<=[/=])baja(?=[/?#.&]|$)/;

// Mailing lists (Mailman, SourceForge): the list's listinfo and options pages are where a member unsubscribes.
const PREFERENCES_URL =
  /\/(?:mailman|lists)\/(?:listinfo|options)\/|(?<![a-z0-9])(?:preferences|preference[-_]?cent(?:er|re)|prefcenter|email-prefs|manage[-_]?subscriptions?|subscriptions?[-_]?(?:cent(?:er|re)|preferences|settings|management)|e-?mail[-_]?(?:preferences|settings)|notification[-_]?(?:preferences|settings)|update[-_]?profile|profile[-_]?cent(?:er|re)|praferenzen|preferenze|preferencias|voorkeuren)|list-manage\.com\/profile/;

// In a mailto: the address or subject may simply ask to be removed (leave-123@lists…, subject=remove).
const MAILTO_OPT_OUT = /(?<![a-z0-9])(?:remove|leave|stop)(?![a-z])/;

/** Percent-decodes each run of %XX escapes on its own, leaving malformed ones as written. */
export function safeDecode(s: string): string {
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function normalizeUrl(href: string): string {
  return normalizeText(safeDecode(href.trim()).replace(/\+/g, ' '));
}

/** Classifies an href by its URL: 'unsubscribe', 'preferences', or undefined. */
export function classifyHref(href: string | undefined): OptOutKind | undefined {
  if (!href) return undefined;
  const url = normalizeUrl(href);
  if (!url || url.startsWith('#') || url.startsWith('javascript:')) return undefined;
  if (UNSUBSCRIBE_URL.test(url)) return 'unsubscribe';
  if (url.startsWith('mailto:') && MAILTO_OPT_OUT.test(url)) return 'unsubscribe';
  if (PREFERENCES_URL.test(url)) return 'preferences';
  return undefined;
}

export interface BareUrl {
  /** Offset in the searched text. */
  index: number;
  url: string;
  kind: OptOutKind;
}

const URL_IN_TEXT = /(?:https?:\/\/|(?<![\w./@-])www\.)[^\s<>"'`]+/gi;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '>']);

/** URLs written as text (mail clients make them clickable), without trailing punctuation. */
export function findUrls(text: string): { index: number; url: string }[] {
  const out: { index: number; url: string }[] = [];
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m; m = URL_IN_TEXT.exec(text)) {
    let url = m[0];
    while (url.length > 0 && TRAILING.has(url[url.length - 1]!)) url = url.slice(0, -1);
    if (url.length > 0) out.push({ index: m.index, url });
  }
  return out;
}

/** Opt-out URLs written as text. */
export function findBareOptOutUrls(text: string): BareUrl[] {
  const out: BareUrl[] = [];
  for (const { index, url } of findUrls(text)) {
    const kind = classifyHref(url);
    if (kind) out.push({ index, url, kind });
  }
  return out;
}

/** The whole text (trimmed) is one URL. */
export function isUrlText(text: string): boolean {
  const t = text.trim();
  const urls = findUrls(t);
  return urls.length === 1 && urls[0]!.index === 0 && urls[0]!.url.length >= t.length - 1;
}

/** The whole text (trimmed) is one opt-out URL, e.g. a link whose text is `https://x.com/unsubscribe?u=1`. */
export function isBareOptOutUrl(text: string): boolean {
  return isUrlText(text) && classifyHref(text.trim()) !== undefined;
}

/** All regular expressions of this module, for the ReDoS test. */
export function hrefPatterns(): RegExp[] {
  return [UNSUBSCRIBE_URL, PREFERENCES_URL, MAILTO_OPT_OUT, URL_IN_TEXT];
}
