// A code frame under a message: the source line(s) with a gutter and a ^^^^ underline from column to endColumn.
import type { LintMessage } from '../../types.ts';
import type { Palette } from './ansi.ts';

/** Most lines shown for one message. */
const MAX_LINES = 3;
/** Widest slice of a line shown; long (minified) lines are cut around the underline. */
const MAX_WIDTH = 100;
/** Characters kept before the underline when a long line is cut. */
const LEAD = 24;

export function codeFrame(source: string, message: LintMessage, paint: Palette, mark: (s: string) => string): string {
  const lines = source.split(/\r\n|\r|\n/);
  const first = message.line;
  if (!Number.isInteger(first) || first < 1 || first > lines.length) return '';
  const endLine = Math.min(Math.max(message.endLine ?? first, first), lines.length);
  const last = Math.min(endLine, first + MAX_LINES - 1);

  // Each shown line with the 0-based [from, to) slice to underline.
  const rows: { n: number; text: string; from: number; to: number }[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const indent = text.length - text.trimStart().length;
    const from = n === first ? Math.max(0, message.column - 1) : indent;
    let to = n === endLine && message.endColumn !== undefined ? message.endColumn - 1 : text.length;
    if (n === first && n === endLine && message.endColumn === undefined) to = from + 1;
    rows.push({ n, text, from: Math.min(from, text.length), to: Math.max(Math.min(to, text.length), Math.min(from, text.length) + 1) });
  }
  // Drop the indentation the shown lines share, so the frame starts near the gutter.
  const common = Math.min(...rows.map((r) => Math.min(r.text.length - r.text.trimStart().length, r.from)));

  const width = String(last).length;
  const out: string[] = [];
  for (const row of rows) {
    let text = row.text.slice(common);
    let from = row.from - common;
    let to = row.to - common;
    // Cut long lines to a window that shows the start of the underline.
    if (text.length > MAX_WIDTH) {
      const start = Math.max(0, Math.min(from - LEAD, text.length - MAX_WIDTH));
      const cutLeft = start > 0;
      const cutRight = start + MAX_WIDTH < text.length;
      text = (cutLeft ? '…' : '') + text.slice(start, start + MAX_WIDTH) + (cutRight ? '…' : '');
      const shift = start - (cutLeft ? 1 : 0);
      from -= shift;
      to = Math.min(to - shift, text.length - (cutRight ? 1 : 0));
      if (to <= from) to = from + 1;
    }
    const gutter = (marker: string, label: string) => paint.gray(`${marker} ${label.padStart(width)} |`);
    out.push(`${gutter('>', String(row.n))}${text ? ` ${text}` : ''}`);
    out.push(`${gutter(' ', '')} ${' '.repeat(from)}${mark('^'.repeat(to - from))}`);
  }
  if (last < endLine) out.push(paint.gray(`  ${' '.repeat(width)} | … (${endLine - last} more line${endLine - last === 1 ? '' : 's'})`));
  return out.join('\n');
}
