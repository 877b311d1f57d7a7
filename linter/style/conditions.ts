// Client conditions: the screens and modes under which an email's `@media` rules and Outlook.com's dark-mode
// selectors apply. An opt-out is visible when, under every condition, at least one opt-out link is.

/** Pseudo media text for rules written for Outlook.com's dark mode (`[data-ogsc] .x`, `[data-ogsb] .x`). */
export const OUTLOOK_COM_DARK = '[data-ogsc]';

export interface ClientCondition {
  /** Stable key ('default' for the baseline: a desktop-wide screen in light mode). */
  readonly id: string;
  /** Words for messages: "on screens ≤ 600px", "in dark mode", "in Outlook.com dark mode". */
  readonly label: string;
  /** For screen-width conditions: the range of widths in px, inclusive (hi is Infinity for the widest). */
  readonly widths?: readonly [number, number];
  /** Whether a rule under this `@media` text applies (the texts the stylesheet parser recorded). */
  applies(media: string): boolean;
}

interface Environment {
  width: number;
  dark: boolean;
  outlookDark: boolean;
  /** An `@media` text whose features we cannot evaluate, taken as matching in its own condition. */
  assumed?: string;
}

/** Keeps hostile sheets with hundreds of breakpoints from multiplying the work. */
const MAX_WIDTH_RANGES = 8;
const MAX_UNKNOWN = 4;
const DESKTOP_MIN = 1024;

/**
 * The conditions worth judging for a sheet's media texts: the default first, then one per range of screen
 * widths the breakpoints separate, dark mode, Outlook.com dark mode, and each media text we cannot evaluate.
 */
export function clientConditions(mediaTexts: Iterable<string>): ClientCondition[] {
  const texts = [...new Set(mediaTexts)];
  const splits = new Set<number>();
  let anyDark = false;
  let anyOutlookDark = false;
  const unknown: string[] = [];
  for (const text of texts) {
    if (text === OUTLOOK_COM_DARK) {
      anyOutlookDark = true;
      continue;
    }
    const parsed = parseMediaList(text);
    if (!parsed) {
      if (unknown.length < MAX_UNKNOWN) unknown.push(text);
      continue;
    }
    for (const q of parsed) {
      for (const f of q.features) {
        if (f.kind === 'max-width') splits.add(f.px);
        else if (f.kind === 'min-width') splits.add(f.px - 1);
        else if (f.kind === 'dark') anyDark = true;
      }
    }
  }
  // Width ranges: [1, s1], [s1+1, s2], … [sk+1, ∞); the widest is the default (desktop).
  const sorted = [...splits].filter((s) => s >= 1 && s < DESKTOP_MIN * 4).sort((a, b) => a - b);
  const bounds = sorted.slice(-MAX_WIDTH_RANGES);
  const desktop = Math.max(DESKTOP_MIN, (bounds.at(-1) ?? 0) + 1);
  const make = (id: string, label: string, env: Environment, widths?: readonly [number, number]): ClientCondition => conditionOf(id, label, env, widths);
  const widest: [number, number] = [(bounds.at(-1) ?? 0) + 1, Infinity];
  const out: ClientCondition[] = [make('default', widthLabel(...widest), { width: desktop, dark: false, outlookDark: false }, widest)];
  for (let i = bounds.length - 1; i >= 0; i--) {
    const range: [number, number] = [i > 0 ? bounds[i - 1]! + 1 : 1, bounds[i]!];
    out.push(make(`width:${range[1]}`, widthLabel(...range), { width: range[1], dark: false, outlookDark: false }, range));
  }
  if (anyDark) out.push(make('dark', 'in dark mode', { width: desktop, dark: true, outlookDark: false }));
  if (anyOutlookDark) out.push(make('outlook-com-dark', 'in Outlook.com dark mode', { width: desktop, dark: false, outlookDark: true }));
  for (const text of unknown) out.push(make(`media:${text}`, `under @media ${text}`, { width: desktop, dark: false, outlookDark: false, assumed: text }));
  return out;
}

/** "on screens ≤ 600px", "on screens 481–600px wide", "on screens ≥ 601px" (every screen when there are no breakpoints). */
export function widthLabel(lo: number, hi: number): string {
  if (lo <= 1) return hi === Infinity ? 'on every screen' : `on screens ≤ ${hi}px`;
  return hi === Infinity ? `on screens ≥ ${lo}px` : `on screens ${lo}–${hi}px wide`;
}

function conditionOf(id: string, label: string, env: Environment, widths: readonly [number, number] | undefined): ClientCondition {
  const memo = new Map<string, boolean>();
  return {
    id,
    label,
    ...(widths ? { widths } : {}),
    applies(media) {
      let known = memo.get(media);
      if (known === undefined) {
        known = mediaMatches(media, env);
        memo.set(media, known);
      }
      return known;
    },
  };
}

/** Whether an `@media` text (as the parser recorded it: nested blocks joined with " and ") matches. */
export function mediaMatches(media: string, env: Environment): boolean {
  if (media === OUTLOOK_COM_DARK) return env.outlookDark;
  if (env.assumed !== undefined && media === env.assumed) return true;
  const parsed = parseMediaList(media);
  if (!parsed) return false;
  return parsed.some((q) => q.negated !== (q.typeMatches && q.features.every((f) => featureMatches(f, env))));
}

type Feature = { kind: 'max-width' | 'min-width'; px: number } | { kind: 'dark' | 'light' | 'always' | 'never' };

interface MediaQuery {
  negated: boolean;
  typeMatches: boolean;
  features: Feature[];
}

function featureMatches(f: Feature, env: Environment): boolean {
  switch (f.kind) {
    case 'max-width':
      return env.width <= f.px;
    case 'min-width':
      return env.width >= f.px;
    case 'dark':
      return env.dark;
    case 'light':
      return !env.dark;
    case 'always':
      return true;
    case 'never':
      return false;
  }
}

const parsedCache = new Map<string, MediaQuery[] | null>();

/** A media query list, or null when some feature is one we cannot evaluate. */
function parseMediaList(media: string): MediaQuery[] | null {
  let parsed = parsedCache.get(media);
  if (parsed === undefined) {
    parsed = parseUncached(media);
    if (parsedCache.size > 1000) parsedCache.clear();
    parsedCache.set(media, parsed);
  }
  return parsed;
}

function parseUncached(media: string): MediaQuery[] | null {
  const out: MediaQuery[] = [];
  for (const raw of media.toLowerCase().split(',')) {
    let q = raw.trim();
    let negated = false;
    if (q.startsWith('not ')) {
      negated = true;
      q = q.slice(4).trim();
    }
    q = q.replace(/^only\s+/, '');
    let typeMatches = true;
    const features: Feature[] = [];
    // "screen and (max-width:600px)": parts joined by the word "and" (a media text has no nested parentheses we evaluate).
    for (const part of q.replace(/\s+/g, ' ').replace(/\( /g, '(').split(' and ')) {
      const p = part.trim();
      if (p === '') continue;
      if (!p.startsWith('(')) {
        typeMatches &&= p === 'screen' || p === 'all';
        continue;
      }
      const feature = parseFeature(p);
      if (!feature) return null;
      features.push(feature);
    }
    out.push({ negated, typeMatches, features });
  }
  return out;
}

function parseFeature(text: string): Feature | null {
  if (!text.endsWith(')')) return null;
  const inner = text.slice(1, -1);
  const colon = inner.indexOf(':');
  const rawName = (colon < 0 ? inner : inner.slice(0, colon)).trim();
  if (!/^[-a-z]+$/.test(rawName)) return null;
  const name = rawName.replace(/^-webkit-/, '');
  const value = colon < 0 ? '' : inner.slice(colon + 1).trim();
  const width = /^(max|min)-(?:device-)?width$/.exec(name);
  if (width) {
    const px = lengthPx(value);
    return px === undefined ? null : { kind: width[1] === 'max' ? 'max-width' : 'min-width', px };
  }
  if (name === 'prefers-color-scheme') return value === 'dark' ? { kind: 'dark' } : value === 'light' ? { kind: 'light' } : null;
  // Retina and pointer features hold on the phones and desktops that read mail: they select nothing we judge apart.
  if (/^(?:min-|max-)?(?:device-pixel-ratio|resolution)$|^(?:any-)?(?:hover|pointer)$/.test(name)) return { kind: 'always' };
  if (name === 'orientation') return { kind: 'always' };
  if (name === 'x-apple-disable-message-reformatting') return { kind: 'never' };
  return null;
}

function lengthPx(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?|\.\d+)(px|em|rem)?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number.parseFloat(m[1]!);
  return m[2] === 'em' || m[2] === 'rem' ? Math.round(n * 16) : Math.round(n);
}
