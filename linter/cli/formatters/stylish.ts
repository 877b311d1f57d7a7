// ESLint's stylish layout (path, then aligned `line:col  severity  message  rule-id` rows) with a code frame
// under each message, and a `✖ N problems (E errors, W warnings)` summary.
import path from 'node:path';
import type { Formatter } from './types.ts';
import { palette, visibleLength } from './ansi.ts';
import { codeFrame } from './code-frame.ts';

const FRAME_INDENT = '    ';

export const stylish: Formatter = (results, { cwd, color }) => {
  const paint = palette(color);
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let out = '';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    out += `\n${paint.underline(displayPath(result.filePath, cwd))}\n`;
    const cells = result.messages.map((m) => [
      `${m.line ?? 0}:${m.column ?? 0}`,
      m.severity === 2 ? paint.red('error') : paint.yellow('warning'),
      m.message.replace(/([^ ])\.$/, '$1'),
      paint.gray(m.ruleId ?? ''),
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...cells.map((row) => visibleLength(row[i] ?? ''))));
    result.messages.forEach((m, k) => {
      const row = cells[k] ?? [];
      const padded = row.map((cell, i) => (i < 3 ? cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell)) : cell));
      out += `  ${padded.join('  ').trimEnd()}\n`;
      const frame = result.source !== undefined ? codeFrame(result.source, m, paint, m.severity === 2 ? paint.red : paint.yellow) : '';
      if (frame)
        out += `${frame
          .split('\n')
          .map((l) => FRAME_INDENT + l)
          .join('\n')}\n`;
    });
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
  out += `\n${paint.bold(errors > 0 ? paint.red(summary) : paint.yellow(summary))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    // ESLint's line: how many the safe edits of --fix would resolve.
    const fixable = `  ${fixableErrors} ${plural(fixableErrors, 'error')} and ${fixableWarnings} ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`;
    out += `${paint.bold(errors > 0 ? paint.red(fixable) : paint.yellow(fixable))}\n`;
  }
  return out;
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** Relative to cwd when inside it, else absolute. */
function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
