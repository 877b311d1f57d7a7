// Applies the `fix` edits of messages to a text, as ESLint's SourceCodeFixer does: in file order, skipping any
// edit that overlaps one already applied (the next pass, after linting again, gets it). Browser-safe.
import type { LintMessage } from './types.ts';

export interface FixOutcome {
  output: string;
  /** Whether any edit was applied. */
  fixed: boolean;
  /** The messages whose edit was not applied (no fix, overlapping, or filtered out). */
  remaining: LintMessage[];
}

export function applyFixes(text: string, messages: readonly LintMessage[], shouldFix: (m: LintMessage) => boolean = () => true): FixOutcome {
  const fixable = messages.filter((m) => m.fix && shouldFix(m)).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied = new Set<LintMessage>();
  let output = '';
  let cursor = 0;
  for (const m of fixable) {
    const [start, end] = m.fix!.range;
    if (start < cursor || end > text.length || start > end) continue;
    output += text.slice(cursor, start) + m.fix!.text;
    cursor = end;
    applied.add(m);
  }
  output += text.slice(cursor);
  return { output, fixed: applied.size > 0, remaining: messages.filter((m) => !applied.has(m)) };
}
