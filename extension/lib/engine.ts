// The background's side of `lintDraft`: the CLI's engine, config resolver and rules, unchanged.
import { lintText } from '../../linter/run.ts';
import { emlBuilder } from '../../linter/builders/eml.ts';
import { parseHtml, elements, type Element } from '../../linter/dom.ts';
import { computeLineStarts } from '../../linter/source.ts';
import { rules } from '../../rules/index.ts';
import type { LintResult, ResolvedConfig } from '../../linter/types.ts';
import type { Finding, LintReport, LintRequest } from './protocol.ts';
import { STAMP } from './stamp.ts';

/** The extension lints drafts (HTML) and raw messages ("Show original"); MJML is for the CLI. */
const builders = [emlBuilder];

/** The file name that picks the engine's parser: the same one the CLI would pick for such a file. */
export function filenameFor(kind: LintRequest['kind']): string {
  return kind === 'eml' ? 'message.eml' : 'draft.html';
}

export async function lintRequest(req: LintRequest, config: ResolvedConfig): Promise<LintReport> {
  const started = performance.now();
  const result = await lintText(req.text, { filename: filenameFor(req.kind), config, rules, builders });
  const report = toReport(result, req.kind === 'html' ? req.text : undefined);
  return { ...report, engineMs: Math.round((performance.now() - started) * 10) / 10 };
}

/** ESLint-shaped result → report; with the linted HTML, each finding learns its stamped element. */
function toReport(result: LintResult, html?: string): LintReport {
  const fatal = result.messages.find((m) => m.fatal);
  const findings: Finding[] = [];
  let locate: ((line: number, column: number) => number | undefined) | undefined;
  for (const m of result.messages) {
    if (m.fatal || m.ruleId === null || m.severity === 0) continue;
    const finding: Finding = { ruleId: m.ruleId, messageId: m.messageId ?? '', severity: m.severity, message: m.message, line: m.line, column: m.column };
    if (html !== undefined && html.includes(STAMP)) {
      locate ??= elementLocator(html);
      const element = locate(m.line, m.column);
      if (element !== undefined) finding.element = element;
    }
    findings.push(finding);
  }
  const errorCount = findings.filter((f) => f.severity === 2).length;
  return {
    status: errorCount > 0 || fatal ? 'fail' : 'pass',
    findings,
    errorCount,
    warningCount: findings.length - errorCount,
    ...(fatal ? { fatal: fatal.message } : {}),
  };
}

/** line:column → the stamp of the innermost stamped element that contains that position. */
export function elementLocator(html: string): (line: number, column: number) => number | undefined {
  const lineStarts = computeLineStarts(html);
  const stamped = elements(parseHtml(html).root).filter((e) => e.attribs[STAMP] !== undefined);
  return (line, column) => {
    const offset = (lineStarts[line - 1] ?? 0) + column - 1;
    let best: Element | undefined;
    for (const el of stamped) {
      const start = el.startIndex ?? -1;
      const end = el.endIndex ?? -1;
      if (start <= offset && offset <= end && (!best || start >= (best.startIndex ?? 0))) best = el;
    }
    const n = best ? Number(best.attribs[STAMP]) : NaN;
    return Number.isInteger(n) ? n : undefined;
  };
}
