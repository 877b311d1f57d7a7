// Raw RFC 5322 header blocks with positions: postal-mime decodes headers but forgets where they were, and the
// header rules need the undecoded value (an RFC 2047 encoded-word in List-Unsubscribe is itself a defect).
import type { Location } from '../types.ts';

/** One header field as written: unfolded but not decoded, with the line of every folded piece. */
export interface HeaderField {
  /** Name as written (`List-Unsubscribe`). */
  name: string;
  /** Lowercase name. */
  key: string;
  /** The value unfolded (line breaks of folding removed, the folding whitespace kept) and trimmed at the start. */
  value: string;
  /** 1-based line of the field's name. */
  line: number;
  /** 1-based line of the field's last folded piece. */
  endLine: number;
  /** Where each folded piece of `value` starts: offset into `value` → 1-based line and column. */
  pieces: { at: number; line: number; column: number }[];
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Offset just after the blank line that ends the block (the body start), or the text length. */
  bodyOffset: number;
  /** 1-based line of the body's first line. */
  bodyLine: number;
}

/**
 * Parses the header block that starts at `offset` (line `line`) of `text`. Stops at the first empty line.
 * Lines without a colon that are not continuations are skipped (mbox `From ` lines, garbage).
 */
export function parseHeaderBlock(text: string, offset = 0, line = 1, end = text.length): HeaderBlock {
  const fields: HeaderField[] = [];
  let pos = offset;
  let n = line;
  let current: HeaderField | undefined;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    const next = nl === -1 || nl >= end ? end : nl + 1;
    const raw = text.slice(pos, lineEnd).replace(/\r$/, '');
    if (raw === '') return { fields, bodyOffset: next, bodyLine: n + 1 };
    if ((raw[0] === ' ' || raw[0] === '\t') && current) {
      current.pieces.push({ at: current.value.length, line: n, column: 1 });
      current.value += raw;
      current.endLine = n;
    } else {
      const colon = raw.indexOf(':');
      if (colon > 0 && !/\s/.test(raw.slice(0, colon).trimEnd())) {
        const name = raw.slice(0, colon).trimEnd();
        const afterColon = raw.slice(colon + 1);
        const lead = afterColon.length - afterColon.trimStart().length;
        current = {
          name,
          key: name.toLowerCase(),
          value: afterColon.trimStart(),
          line: n,
          endLine: n,
          pieces: [{ at: 0, line: n, column: colon + 2 + lead }],
        };
        fields.push(current);
      } else {
        current = undefined;
      }
    }
    pos = next;
    n++;
  }
  return { fields, bodyOffset: end, bodyLine: n };
}

/** Where a span of a field's value is in the file the block came from. */
export function locateInField(field: HeaderField, start: number, end: number): Location {
  const a = pointAt(field, start, false);
  const b = pointAt(field, Math.max(start, end), end > start);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** An end offset right at a fold belongs to the piece before it (the span ends on that line). */
function pointAt(field: HeaderField, offset: number, isEnd: boolean): { line: number; column: number } {
  let piece = field.pieces[0]!;
  for (const p of field.pieces) {
    if (p.at < offset || (p.at === offset && !isEnd)) piece = p;
    else break;
  }
  return { line: piece.line, column: piece.column + (offset - piece.at) };
}

/** The field's name on its first line: where whole-header findings point. */
export function locateFieldName(field: HeaderField): Location {
  return { line: field.line, column: 1, endLine: field.line, endColumn: field.name.length + 2 };
}

export function findHeaders(fields: readonly HeaderField[] | undefined, key: string): HeaderField[] {
  const k = key.toLowerCase();
  return (fields ?? []).filter((f) => f.key === k);
}

/** Parameters of a structured header value (`text/html; charset="utf-8"`): the first token and the params, lowercase keys. */
export function parseParams(value: string): { token: string; params: Record<string, string> } {
  const [head, ...rest] = splitOutsideQuotes(value, ';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const k = part.slice(0, eq).trim().toLowerCase();
    let v = part.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    params[k.replace(/\*$/, '')] = v;
  }
  return { token: (head ?? '').trim().toLowerCase(), params };
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && quoted) {
      cur += c + (s[i + 1] ?? '');
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
