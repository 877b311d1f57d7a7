// ESP placeholders that stand for the opt-out URL or render a whole opt-out link (reference/merge-tags.md).
import { MERGE_TAGS, type MergeTag } from '../esp/registry.ts';
import type { MergeTagMatch } from './types.ts';

export type { MergeTag } from '../esp/registry.ts';

interface Decoded {
  text: string;
  /** Offset in the original string of each character of `text` (plus one past the end). */
  origin: number[];
}

/** A %XX escape (an href may hide a merge tag in them). */
export const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;
const PERCENT_ESCAPES = new RegExp(PERCENT_ESCAPE.source, 'gi');

/** Decodes %XX escapes (`%3C%25…%25%3E` in an href), remembering where each character came from. */
function percentDecode(s: string): Decoded | undefined {
  if (!PERCENT_ESCAPE.test(s)) return undefined;
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < s.length) {
    const hex = s[i] === '%' ? s.slice(i + 1, i + 3) : '';
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      text += String.fromCharCode(parseInt(hex, 16));
      origin.push(i);
      i += 3;
    } else {
      text += s[i];
      origin.push(i);
      i += 1;
    }
  }
  origin.push(s.length);
  return { text, origin };
}

interface RawHit {
  start: number;
  end: number;
  def: MergeTag;
}

/**
 * A word every placeholder above contains (case-insensitively): text without one holds no merge tag, and
 * most text has none, so the 46 patterns are not run over it. A test checks every tag passes.
 */
export const MERGE_TAG_KEYWORD = /unsub|profile|preferences|subscription|set_user|manageurl/i;

function scan(s: string): RawHit[] {
  const hits: RawHit[] = [];
  if (!MERGE_TAG_KEYWORD.test(s)) return hits;
  for (const def of MERGE_TAGS) {
    def.pattern.lastIndex = 0;
    for (let m = def.pattern.exec(s); m; m = def.pattern.exec(s)) {
      hits.push({ start: m.index, end: m.index + m[0].length, def });
      if (m[0].length === 0) def.pattern.lastIndex++;
    }
  }
  return hits;
}

/** Longest match wins where spellings overlap (`{{ unsubscribe }}` inside `{{{unsubscribe}}}`); equal spans merge their ESPs. */
function resolve(hits: RawHit[], source: string, mapBack?: number[]): MergeTagMatch[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (MergeTagMatch & { end: number; start: number })[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start === last.start && h.end === last.end) {
      if (!last.esps.includes(h.def.esp)) last.esps.push(h.def.esp);
      continue;
    }
    if (last && h.start < last.end) continue; // contained in or overlapping a longer, earlier tag
    const start = mapBack ? mapBack[h.start]! : h.start;
    const end = mapBack ? mapBack[h.end]! : h.end;
    out.push({ esps: [h.def.esp], tag: source.slice(start, end), kind: h.def.kind, index: start, start: h.start, end: h.end });
  }
  return out.map(({ esps, tag: t, kind, index }) => ({ esps, tag: t, kind, index }));
}

/** Every known ESP placeholder in `s`, in order; also finds them percent-encoded. */
export function findMergeTags(s: string): MergeTagMatch[] {
  const direct = resolve(scan(s), s);
  if (direct.length > 0) return direct;
  if (!PERCENT_ESCAPE.test(s)) return [];
  // Tracking URLs are full of %XX: decode in one pass first, and map offsets back only when a tag is there.
  if (!MERGE_TAG_KEYWORD.test(s.replace(PERCENT_ESCAPES, (hex) => String.fromCharCode(parseInt(hex.slice(1), 16))))) return [];
  const decoded = percentDecode(s)!;
  return resolve(scan(decoded.text), s, decoded.origin);
}

export function matchMergeTag(s: string): MergeTagMatch | undefined {
  return findMergeTags(s)[0];
}

/** Does this placeholder render a whole link when written as text (Klaviyo `{% unsubscribe %}`, `{unsubscribe_text}`)? */
export function isLinkRenderingTag(m: MergeTagMatch): boolean {
  return MERGE_TAGS.some((t) => t.renders !== 'url' && m.esps.includes(t.esp) && anchoredTest(t.pattern, m.tag));
}

function anchoredTest(pattern: RegExp, s: string): boolean {
  pattern.lastIndex = 0;
  const m = pattern.exec(s);
  pattern.lastIndex = 0;
  return m !== null && m.index === 0 && m[0].length === s.length;
}

/** Whole-string template placeholders of any syntax (ours or an ESP we don't know). */
const PLACEHOLDER_SHAPES: readonly RegExp[] = [
  /^\{\{[^\n]{1,300}\}\}$/, // {{…}}, {{{…}}}, {{${…}}}
  /^\{%[^\n]{1,300}%\}$/, // {%…%}
  /^\*\|[^\n|]{1,300}\|\*$/, // *|…|*
  /^%%[^\s%]{1,300}%%$/, // %%…%%
  /^%[^\s%]{1,300}%$/, // %…%
  /^\[\[[^\n\]]{1,300}\]\]$/, // [[…]]
  /^\[[\w:.-]{1,100}\]$/, // […]
  /^<%[^\n]{1,300}%>$/, // <%…%>
  /^\{[\w.:-]{1,100}\}$/, // {…}
  /^\$\{[^\n}]{1,300}\}$/, // ${…}
];

export function looksLikePlaceholder(s: string): boolean {
  const t = s.trim();
  if (!t) return false;
  if (PLACEHOLDER_SHAPES.some((re) => re.test(t))) return true;
  const decoded = percentDecode(t);
  return decoded !== undefined && PLACEHOLDER_SHAPES.some((re) => re.test(decoded.text.trim()));
}

/** All regular expressions of this module, for the ReDoS test. */
export function mergeTagPatterns(): RegExp[] {
  return [...MERGE_TAGS.map((t) => t.pattern), ...PLACEHOLDER_SHAPES];
}

/** An opt-out href to suggest: the ESP's unsubscribe tag, or a plain https URL when the ESP is unknown. */
export function exampleOptOutHref(esp?: string): string {
  const own = esp ? MERGE_TAGS.find((t) => t.esp === esp && t.kind === 'unsubscribe' && t.renders !== 'link') : undefined;
  return own?.tag ?? 'https://example.com/unsubscribe';
}
