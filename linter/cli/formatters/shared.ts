// Small helpers the formatters share.
import path from 'node:path';
import type { LintMessage, LintResult } from '../../types.ts';

/** Relative to cwd when inside it, else absolute; always with forward slashes (for CI tools and URLs). */
export function relativePosix(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join('/');
}

/** What to call a message's rule when it has none (fatal errors, directive reports). */
export function ruleLabel(m: LintMessage): string {
  if (m.ruleId) return m.ruleId;
  return m.fatal ? 'fatal' : 'optout-directive';
}

export function totals(results: readonly LintResult[]): { errors: number; warnings: number; files: number; filesWithProblems: number } {
  let errors = 0;
  let warnings = 0;
  let filesWithProblems = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.messages.length > 0) filesWithProblems++;
  }
  return { errors, warnings, files: results.length, filesWithProblems };
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

/** `✖ 7 problems (6 errors, 1 warning)`, ESLint's summary line without colour. */
export function summaryLine(errors: number, warnings: number): string {
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

/** Text safe inside XML/HTML element content and double-quoted attributes; drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}
