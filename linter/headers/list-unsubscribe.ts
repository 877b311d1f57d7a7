// List-Unsubscribe (RFC 2369), List-Unsubscribe-Post (RFC 8058) and DKIM `h=` coverage, read from raw header fields.
import { decodeWords } from 'postal-mime';
import { findHeaders, type HeaderField } from './fields.ts';

export const ONE_CLICK_VALUE = 'List-Unsubscribe=One-Click';

export interface UnsubscribeUri {
  /** The URI between the angle brackets (folding whitespace removed). */
  uri: string;
  /** Lowercase scheme without the colon ('' when there is none). */
  scheme: string;
  /** Span in the field's unfolded value (of the bracketed URI, brackets included), or of the whole value when decoded. */
  start: number;
  end: number;
}

export type SyntaxProblemKind =
  | 'encodedWord' // an RFC 2047 encoded-word: receivers do not decode List-Unsubscribe
  | 'noBrackets' // a URI not enclosed in <…>
  | 'unclosed' // `<` without `>`
  | 'missingComma' // two <…> without a comma between them
  | 'empty' // `<>` or an empty value
  | 'badScheme' // not mailto: or https: (http: is its own kind)
  | 'http'
  | 'invalidUri';

export interface SyntaxProblem {
  kind: SyntaxProblemKind;
  start: number;
  end: number;
  text: string;
}

export interface ParsedListUnsubscribe {
  uris: UnsubscribeUri[];
  problems: SyntaxProblem[];
  /** True when the value had to be RFC 2047-decoded to find the URIs. */
  decoded: boolean;
}

const ENCODED_WORD = /=\?[^?\s]{1,75}\?[bq]\?[^?\s]{0,1000}\?=/i;

/** Reads a List-Unsubscribe value: the URIs and every syntax defect, with spans in the unfolded value. */
export function parseListUnsubscribe(value: string): ParsedListUnsubscribe {
  const encoded = ENCODED_WORD.exec(value);
  if (encoded) {
    // Receivers read the raw value, so the header is broken; decode it anyway so the other checks can go on.
    const decodedValue = decodeWords(value);
    const inner = scan(decodedValue);
    const whole = { start: 0, end: value.trimEnd().length };
    return {
      uris: inner.uris.map((u) => ({ ...u, ...whole })),
      problems: [{ kind: 'encodedWord', start: encoded.index, end: encoded.index + encoded[0].length, text: encoded[0] }],
      decoded: true,
    };
  }
  return { ...scan(value), decoded: false };
}

function scan(value: string): { uris: UnsubscribeUri[]; problems: SyntaxProblem[] } {
  const uris: UnsubscribeUri[] = [];
  const problems: SyntaxProblem[] = [];
  const problem = (kind: SyntaxProblemKind, start: number, end: number) => problems.push({ kind, start, end, text: value.slice(start, end) });
  if (value.trim() === '') {
    problem('empty', 0, value.length);
    return { uris, problems };
  }
  let i = 0;
  let needComma = false;
  while (i < value.length) {
    const c = value[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === ',') {
      needComma = false;
      i++;
      continue;
    }
    if (c === '(') {
      // An RFC 5322 comment (RFC 2369 allows them between the URIs).
      const close = value.indexOf(')', i);
      i = close === -1 ? value.length : close + 1;
      continue;
    }
    if (c === '<') {
      if (needComma) problem('missingComma', i, i + 1);
      const close = value.indexOf('>', i);
      if (close === -1) {
        problem('unclosed', i, value.length);
        addUri(value.slice(i + 1), i, value.length, uris, problems, value);
        return { uris, problems };
      }
      addUri(value.slice(i + 1, close), i, close + 1, uris, problems, value);
      needComma = true;
      i = close + 1;
      continue;
    }
    // Text outside brackets: a bare URI (or garbage) up to the next comma.
    let end = value.indexOf(',', i);
    if (end === -1) end = value.length;
    const raw = value.slice(i, end).trimEnd();
    problem('noBrackets', i, i + raw.length);
    if (/^[a-z][\w+.-]*:/i.test(raw)) addUri(raw, i, i + raw.length, uris, [], value);
    needComma = true;
    i = end;
  }
  return { uris, problems };
}

function addUri(inner: string, start: number, end: number, uris: UnsubscribeUri[], problems: SyntaxProblem[], value: string): void {
  const uri = inner.replace(/\s+/g, '');
  const problem = (kind: SyntaxProblemKind) => problems.push({ kind, start, end, text: value.slice(start, end) });
  if (uri === '') {
    problem('empty');
    return;
  }
  const scheme = /^([a-z][\w+.-]*):/i.exec(uri)?.[1]?.toLowerCase() ?? '';
  uris.push({ uri, scheme, start, end });
  if (scheme === 'http') problem('http');
  else if (scheme !== 'https' && scheme !== 'mailto') problem('badScheme');
  else if (!isValidUri(uri, scheme)) problem('invalidUri');
}

function isValidUri(uri: string, scheme: string): boolean {
  if (scheme === 'mailto') return /^mailto:[^@\s]+@[^@\s?]+(?:\?\S*)?$/i.test(uri);
  try {
    const u = new URL(uri);
    return u.hostname !== '';
  } catch {
    return false;
  }
}

export function listUnsubscribeFields(headers: readonly HeaderField[] | undefined): HeaderField[] {
  return findHeaders(headers, 'list-unsubscribe');
}

export function listUnsubscribePostFields(headers: readonly HeaderField[] | undefined): HeaderField[] {
  return findHeaders(headers, 'list-unsubscribe-post');
}

/** The first https URI (for one-click and the probe), else the first http one. */
export function webUri(parsed: ParsedListUnsubscribe): UnsubscribeUri | undefined {
  return parsed.uris.find((u) => u.scheme === 'https') ?? parsed.uris.find((u) => u.scheme === 'http');
}

/** A DKIM-Signature's tags, whitespace removed from values (RFC 6376 §3.2). */
export function dkimTags(value: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    tags[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).replace(/\s+/g, '');
  }
  return tags;
}

/** Lowercase header names listed in a DKIM-Signature's `h=` tag. */
export function dkimSignedHeaders(value: string): string[] {
  const h = dkimTags(value).h;
  return h
    ? h
        .split(':')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
    : [];
}

/** Span of the `h=` tag's value in the unfolded field value (for positions). */
export function dkimHeaderTagSpan(value: string): { start: number; end: number } | undefined {
  const m = /(?:^|;)\s*h\s*=/i.exec(value);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const semi = value.indexOf(';', start);
  const end = semi === -1 ? value.trimEnd().length : semi;
  const lead = value.slice(start, end).length - value.slice(start, end).trimStart().length;
  return { start: start + lead, end };
}

/** Edit distance, for "did you mean List-Unsubscribe=One-Click?". */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
