// Maps offsets of a decoded MIME part (what postal-mime returns) back to lines and columns of the .eml file.
// 7bit/8bit parts: decoded line k is raw line k. Quoted-printable: soft breaks (`=` at the end of a line) join
// raw lines and `=XX` escapes are one byte, so each decoded character is traced to the raw character it came
// from. Base64 cannot be mapped: everything points at the part's Content-Transfer-Encoding line, with a note.
import { computeLineStarts, positionIn } from '../source.ts';
import type { Location, Range } from '../types.ts';
import type { MimeLeaf } from './mime.ts';

const BASE64_NOTE = '(in a base64-encoded part)';

export type OffsetMapper = (range: Range) => Location;

export function partMapper(eml: string, leaf: MimeLeaf, decoded: string): OffsetMapper {
  const emlLines = computeLineStarts(eml);
  const decodedLines = computeLineStarts(decoded);
  const lastLine = positionIn(emlLines, Math.max(leaf.bodyStart, leaf.bodyEnd - 1)).line;

  if (leaf.encoding === 'base64') {
    const lineText = lineAt(eml, emlLines, leaf.encodingLine);
    return () => ({ line: leaf.encodingLine, column: 1, endLine: leaf.encodingLine, endColumn: lineText.length + 1, note: BASE64_NOTE });
  }

  let point: (offset: number) => { line: number; column: number };
  if (leaf.encoding === 'quoted-printable') {
    const origins = qpOrigins(eml, leaf);
    point = (offset) => {
      const { line, column } = positionIn(decodedLines, offset);
      const row = origins[line - 1] ?? origins[origins.length - 1];
      if (!row || row.length === 0) return { line: Math.min(leaf.bodyLine + line - 1, lastLine), column: 1 };
      const raw = row[Math.min(column - 1, row.length - 1)]!;
      return positionIn(emlLines, raw + (column - 1 >= row.length ? 1 : 0));
    };
  } else {
    point = (offset) => {
      const { line, column } = positionIn(decodedLines, offset);
      return { line: Math.min(leaf.bodyLine + line - 1, lastLine), column };
    };
  }
  return (range) => {
    const a = point(range.start);
    const b = point(Math.max(range.start, range.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}

function lineAt(text: string, lineStarts: number[], line: number): string {
  const start = lineStarts[line - 1] ?? 0;
  const end = lineStarts[line] ?? text.length;
  return text.slice(start, end).replace(/\r?\n$/, '');
}

/**
 * For each decoded line of a quoted-printable body, the raw offset of each decoded UTF-16 unit. UTF-8 continuation
 * bytes add no character; a 4-byte lead adds two units (a surrogate pair).
 */
function qpOrigins(eml: string, leaf: MimeLeaf): number[][] {
  const utf8 = leaf.charset === undefined || leaf.charset === 'utf-8' || leaf.charset === 'utf8';
  const rows: number[][] = [[]];
  let row = rows[0]!;
  const end = leaf.bodyEnd;
  let i = leaf.bodyStart;
  const pushByte = (byte: number, at: number) => {
    if (byte === 0x0a) {
      row = [];
      rows.push(row);
      return;
    }
    if (utf8 && byte >= 0x80 && byte <= 0xbf) return;
    row.push(at);
    if (utf8 && byte >= 0xf0) row.push(at);
  };
  while (i < end) {
    const c = eml.charCodeAt(i);
    if (c === 0x3d /* = */) {
      const hex = eml.slice(i + 1, i + 3);
      if (/^[0-9a-f]{2}$/i.test(hex)) {
        pushByte(parseInt(hex, 16), i);
        i += 3;
        continue;
      }
      // Soft line break: `=` then optional trailing whitespace then the line end.
      let j = i + 1;
      while (j < end && (eml[j] === ' ' || eml[j] === '\t')) j++;
      if (eml[j] === '\r') j++;
      if (eml[j] === '\n') {
        i = j + 1;
        continue;
      }
      row.push(i);
      i++;
      continue;
    }
    if (c === 0x0d && eml.charCodeAt(i + 1) === 0x0a) {
      pushByte(0x0a, i);
      i += 2;
      continue;
    }
    if (c === 0x0a) pushByte(0x0a, i);
    else row.push(i);
    i++;
  }
  return rows;
}

/** Positions in a text that starts `lines` lines into the file, columns unchanged. */
export function shiftLines(lines: number, text: string): OffsetMapper {
  const starts = computeLineStarts(text);
  return (range) => {
    const s = positionIn(starts, range.start);
    const e = positionIn(starts, Math.max(range.start, range.end));
    return { line: s.line + lines, column: s.column, endLine: e.line + lines, endColumn: e.column };
  };
}
