// A light MIME walker over the raw .eml text. postal-mime does the decoding; this finds where each leaf part
// sits in the file (its header lines and body) so findings inside the HTML part point at lines of the .eml.
import { computeLineStarts, positionIn } from '../source.ts';
import { findHeaders, parseHeaderBlock, parseParams, type HeaderField } from './headers.ts';

export interface MimeLeaf {
  /** Lowercase `type/subtype`; `text/plain` when the part has no Content-Type. */
  type: string;
  charset: string | undefined;
  /** Lowercase Content-Transfer-Encoding as written (`quoted-printable`, `base64`, `8bits`, …); '' when absent. */
  encoding: string;
  attachment: boolean;
  headers: HeaderField[];
  /** 1-based line of the part's first header (the message's first line for a single-part message). */
  headerLine: number;
  /** Line of the Content-Transfer-Encoding header, else of Content-Type, else headerLine. */
  encodingLine: number;
  /** The raw, still encoded body. */
  bodyStart: number;
  bodyEnd: number;
  /** 1-based line of the body's first line. */
  bodyLine: number;
}

const MAX_DEPTH = 20;

export function mimeLeaves(text: string): MimeLeaf[] {
  const lineStarts = computeLineStarts(text);
  const leaves: MimeLeaf[] = [];
  walk(text, lineStarts, 0, text.length, 1, leaves, 0, 'text/plain');
  return leaves;
}

function walk(text: string, lineStarts: number[], start: number, end: number, line: number, out: MimeLeaf[], depth: number, defaultType: string): void {
  const slice = text.slice(0, end);
  const block = parseHeaderBlock(slice, start, line);
  const ct = findHeaders(block.fields, 'content-type')[0];
  const { token, params } = parseParams(ct?.value ?? defaultType);
  const type = token.includes('/') ? token : defaultType;
  const bodyStart = Math.min(block.bodyOffset, end);
  if (type.startsWith('multipart/') && params.boundary && depth < MAX_DEPTH) {
    const childDefault = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    for (const part of splitMultipart(text, bodyStart, end, params.boundary)) {
      walk(text, lineStarts, part.start, part.end, positionIn(lineStarts, part.start).line, out, depth + 1, childDefault);
    }
    return;
  }
  if (type === 'message/rfc822' && depth < MAX_DEPTH) {
    const cte = findHeaders(block.fields, 'content-transfer-encoding')[0];
    const enc = (cte?.value ?? '').trim().toLowerCase();
    if (enc !== 'base64' && enc !== 'quoted-printable') {
      walk(text, lineStarts, bodyStart, end, positionIn(lineStarts, bodyStart).line, out, depth + 1, 'text/plain');
      return;
    }
  }
  const cte = findHeaders(block.fields, 'content-transfer-encoding')[0];
  const disposition = parseParams(findHeaders(block.fields, 'content-disposition')[0]?.value ?? '');
  out.push({
    type,
    charset: params.charset?.toLowerCase(),
    encoding: (cte?.value ?? '').trim().toLowerCase(),
    attachment: disposition.token === 'attachment',
    headers: block.fields,
    headerLine: line,
    encodingLine: cte?.line ?? ct?.line ?? line,
    bodyStart,
    bodyEnd: end,
    bodyLine: positionIn(lineStarts, bodyStart).line,
  });
}

/** The parts between `--boundary` lines (the preamble and epilogue are dropped). */
function splitMultipart(text: string, start: number, end: number, boundary: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  const marker = `--${boundary}`;
  let partStart: number | undefined;
  let pos = start;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    const lineText = text.slice(pos, lineEnd).replace(/\r$/, '').trimEnd();
    if (lineText === marker || lineText === `${marker}--`) {
      if (partStart !== undefined) {
        // The line break before the boundary belongs to the boundary.
        let partEnd = pos;
        if (text[partEnd - 1] === '\n') partEnd--;
        if (text[partEnd - 1] === '\r') partEnd--;
        parts.push({ start: partStart, end: Math.max(partStart, partEnd) });
      }
      if (lineText.endsWith('--') && lineText !== marker) return parts;
      partStart = lineEnd + 1;
    }
    pos = lineEnd + 1;
  }
  if (partStart !== undefined && partStart < end) parts.push({ start: partStart, end });
  return parts;
}

/** The leaf a mail client shows for `type`: the first one that is not an attachment. */
export function pickLeaf(leaves: readonly MimeLeaf[], type: 'text/html' | 'text/plain'): MimeLeaf | undefined {
  return leaves.find((l) => l.type === type && !l.attachment);
}
