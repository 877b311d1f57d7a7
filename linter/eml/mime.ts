// A light MIME walker over the raw .eml text. postal-mime does the decoding; this finds where each leaf part
// sits in the file (its header lines and body) so findings inside the HTML part point at lines of the .eml.
import { computeLineStarts, positionIn } from '../source.ts';
import { findHeaders, parseHeaderBlock, parseParams, type HeaderField } from '../headers/fields.ts';

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

/** How deep multiparts and inline messages may nest before the walk stops (no real mail comes close). */
export const MAX_MIME_DEPTH = 20;

export interface MimeWalk {
  leaves: MimeLeaf[];
  /** Containers at MAX_MIME_DEPTH whose contents were not walked: where their body starts and ends, and its line. */
  cut: { start: number; end: number; line: number }[];
  /** The largest number of header fields in one block, and its line (for the header-count limit). */
  mostFields: { count: number; line: number };
  /** The longest header field of any block (for the header-length limit). */
  longestField: HeaderField | undefined;
}

interface Pending {
  start: number;
  end: number;
  line: number;
  depth: number;
  defaultType: string;
}

/** Walks the MIME tree iteratively (an explicit stack, document order): input-shaped trees never recurse. */
export function walkMime(text: string, maxDepth = MAX_MIME_DEPTH): MimeWalk {
  const lineStarts = computeLineStarts(text);
  const out: MimeWalk = { leaves: [], cut: [], mostFields: { count: 0, line: 1 }, longestField: undefined };
  const stack: Pending[] = [{ start: 0, end: text.length, line: 1, depth: 0, defaultType: 'text/plain' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { start, end, line, depth, defaultType } = item;
    const block = parseHeaderBlock(text, start, line, end);
    if (block.fields.length > out.mostFields.count) out.mostFields = { count: block.fields.length, line };
    for (const f of block.fields) if (f.value.length > (out.longestField?.value.length ?? -1)) out.longestField = f;
    const ct = findHeaders(block.fields, 'content-type')[0];
    const { token, params } = parseParams(ct?.value ?? defaultType);
    const type = token.includes('/') ? token : defaultType;
    const bodyStart = Math.min(block.bodyOffset, end);
    const cte = findHeaders(block.fields, 'content-transfer-encoding')[0];
    const enc = (cte?.value ?? '').trim().toLowerCase();
    const multipart = type.startsWith('multipart/') && params.boundary;
    const inlineMessage = type === 'message/rfc822' && enc !== 'base64' && enc !== 'quoted-printable';
    if ((multipart || inlineMessage) && depth >= maxDepth) {
      out.cut.push({ start: bodyStart, end, line: positionIn(lineStarts, bodyStart).line });
    } else if (multipart) {
      const childDefault = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      const parts = splitMultipart(text, bodyStart, end, params.boundary!);
      // Pushed last part first, so the parts come off the stack in document order.
      for (let i = parts.length - 1; i >= 0; i--) {
        const part = parts[i]!;
        stack.push({ start: part.start, end: part.end, line: positionIn(lineStarts, part.start).line, depth: depth + 1, defaultType: childDefault });
      }
      continue;
    } else if (inlineMessage) {
      stack.push({ start: bodyStart, end, line: positionIn(lineStarts, bodyStart).line, depth: depth + 1, defaultType: 'text/plain' });
      continue;
    }
    const disposition = parseParams(findHeaders(block.fields, 'content-disposition')[0]?.value ?? '');
    out.leaves.push({
      type,
      charset: params.charset?.toLowerCase(),
      encoding: enc,
      attachment: disposition.token === 'attachment',
      headers: block.fields,
      headerLine: line,
      encodingLine: cte?.line ?? ct?.line ?? line,
      bodyStart,
      bodyEnd: end,
      bodyLine: positionIn(lineStarts, bodyStart).line,
    });
  }
  return out;
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
