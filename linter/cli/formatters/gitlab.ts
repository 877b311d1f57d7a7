// GitLab Code Quality report (a subset of the Code Climate format): shown in merge requests' widgets and diffs.
import { nodeCrypto } from '../lazy-builtin.ts';
import type { Formatter } from './types.ts';
import { relativePosix, ruleLabel } from './shared.ts';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Formatter = (results, { cwd }) => {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const file = relativePosix(result.filePath, cwd);
    // The fingerprint leaves out the line, so a finding keeps its identity when lines above it move;
    // identical findings in one file are told apart by their order.
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const key = `${file}\u0000${ruleLabel(m)}\u0000${m.message}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      issues.push({
        description: m.message,
        check_name: ruleLabel(m),
        fingerprint: nodeCrypto().createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32),
        severity: m.fatal ? 'blocker' : m.severity === 2 ? 'major' : 'minor',
        location: { path: file, lines: { begin: m.line, end: m.endLine ?? m.line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
};
