// Markdown for a GitHub job summary ($GITHUB_STEP_SUMMARY) or a pull-request comment: a headline and one
// table row per finding, each rule linked to its documentation.
import type { Formatter } from './types.ts';
import { plural, relativePosix, ruleLabel, summaryLine, totals } from './shared.ts';

/** Text safe in a GFM table cell: no raw HTML, no pipes, no line breaks, no accidental emphasis or links. */
function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

export const markdown: Formatter = (results, { cwd, rulesMeta = {} }) => {
  const t = totals(results);
  if (t.errors + t.warnings === 0) {
    return `### optout-lint: ✔ no problems\n\n${plural(t.files, 'template')} checked.\n`;
  }
  const out = [
    `### optout-lint: ${summaryLine(t.errors, t.warnings)}`,
    '',
    `${plural(t.filesWithProblems, 'template')} with problems, out of ${t.files} checked.`,
    '',
    '| | Location | Rule | Message |',
    '|---|---|---|---|',
  ];
  for (const result of results) {
    const file = relativePosix(result.filePath, cwd);
    for (const m of result.messages) {
      const level = m.severity === 2 ? '❌ error' : '⚠️ warning';
      const label = ruleLabel(m);
      const url = m.ruleId ? rulesMeta[m.ruleId]?.docs.url : undefined;
      const rule = url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
      // A code span cannot hold a backtick; file names rarely do, and then it is dropped.
      out.push(`| ${level} | \`${file.replace(/[`|]/g, '')}:${m.line}:${m.column}\` | ${rule} | ${escapeMarkdown(m.message)} |`);
    }
  }
  // `--render --render-out DIR`: the footers as Chromium drew them, for a pull-request comment or job summary.
  const shots = results.flatMap((r) => (r.screenshots ?? []).filter((s) => s.file !== undefined).map((s) => ({ r, s })));
  if (shots.length > 0) {
    out.push('', '#### In the rendered email', '');
    for (const { r, s } of shots) {
      const file = relativePosix(s.file!, cwd);
      out.push(`![${escapeMarkdown(`${relativePosix(r.filePath, cwd)} (${s.label})`)}](${encodeURI(file)})`);
    }
  }
  return `${out.join('\n')}\n`;
};
