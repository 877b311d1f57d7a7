import type { LintMessage } from '../../linter/types.ts';

/** The source line of a message with a `^^^` underline, for readable test failures. */
export function codeFrame(source: string, m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const lines = source.split(/\r?\n/);
  const text = lines[m.line - 1] ?? '';
  const end = m.endLine === m.line && m.endColumn ? m.endColumn : text.length + 1;
  const width = Math.max(1, end - m.column);
  const gutter = `${m.line} | `;
  return `${gutter}${text}\n${' '.repeat(gutter.length + m.column - 1)}${'^'.repeat(width)}`;
}
