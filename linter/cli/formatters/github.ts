// GitHub Actions workflow commands: one `::error …::message` / `::warning …::message` line per finding, which
// GitHub shows as annotations on the pull request's diff.
import type { Formatter } from './types.ts';
import { relativePosix, ruleLabel } from './shared.ts';

/** Escaping from @actions/core: message data escapes %, CR and LF; properties also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePosix(result.filePath, cwd);
    for (const m of result.messages) {
      const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
      // GitHub reads column ranges only within one line.
      if (m.endColumn !== undefined && (m.endLine === undefined || m.endLine === m.line)) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(ruleLabel(m))}`);
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
