import type { Location, Range } from './types.ts';

/**
 * The text a document was parsed from, and how its offsets map to lines and columns of the file the
 * user wrote. For HTML that is the identity; compiled MJML and HTML extracted from an .eml install
 * their own `locate` so findings point into the original file (html-validate's Source idea).
 */
export class Source {
  readonly text: string;
  readonly filename: string;
  /** Offsets at which each line starts: computed on the first position asked for (a clean file asks none). */
  private lineStarts: number[] | undefined;
  private readonly mapper: ((range: Range) => Location | undefined) | undefined;

  constructor(text: string, filename: string, mapper?: (range: Range) => Location | undefined) {
    this.text = text;
    this.filename = filename;
    this.mapper = mapper;
  }

  /** 1-based line and column of an offset in this source's own text. */
  position(offset: number): { line: number; column: number } {
    this.lineStarts ??= computeLineStarts(this.text);
    return positionIn(this.lineStarts, Math.max(0, Math.min(offset, this.text.length)));
  }

  /** Where a range of this text is in the user's file. */
  locate(range: Range): Location {
    const mapped = this.mapper?.(range);
    if (mapped) return mapped;
    const start = this.position(range.start);
    const end = this.position(Math.max(range.start, range.end));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // indexOf runs natively; a lone CR (old Mac line ends) is rare, so the char-by-char pass runs only when one is there.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let loneCr = false;
  for (let i = text.indexOf('\r'); i !== -1 && !loneCr; i = text.indexOf('\r', i + 1)) loneCr = text.charCodeAt(i + 1) !== 10;
  if (!loneCr) return starts;
  const all = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) all.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) all.push(i + 1);
  }
  return all;
}

/** The offset of a 1-based line and column, or undefined when the line is not in the text. */
export function offsetOf(lineStarts: readonly number[], line: number, column: number): number | undefined {
  const start = lineStarts[line - 1];
  return start === undefined ? undefined : start + column - 1;
}

export function positionIn(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}
