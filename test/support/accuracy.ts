// Agreement of each rule with the hand labels of ../shared/corpus/MANIFEST.tsv: `npm run accuracy` prints it, and
// test/corpus/accuracy.test.ts keeps every rule at or above its recorded figure, so a change that helps one rule
// and hurts another shows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from './lint.ts';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';

/** The corpus next to this repository (the scripts and tests run from its root). */
export const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');

interface Row {
  file: string;
  hasLink: string;
  visible: string;
  header: string;
  oneClick: string;
}

/** For each judged rule: what a label says the rule should report (true), not report (false), or nothing (undefined). */
const JUDGES: Record<string, (r: Row) => boolean | undefined> = {
  'unsubscribe-link-present': (r) => (r.hasLink === 'no' ? true : r.hasLink === 'yes' || r.hasLink === 'merge-tag' ? false : undefined),
  // Visibility is judged where there is a link; "unclear" (tiny, faint) is what the rule exists to report.
  'unsubscribe-link-visible': (r) => (r.hasLink === 'no' || r.visible === 'n.a.' ? undefined : r.visible !== 'yes'),
  'list-unsubscribe-present': (r) => (r.file.endsWith('.eml') ? r.header === 'none' : undefined),
  'list-unsubscribe-one-click': (r) => (r.file.endsWith('.eml') && r.header !== 'none' && /^(?:yes|no)$/.test(r.oneClick) ? r.oneClick === 'no' : undefined),
};

/**
 * The labels judge the default rendering (a wide screen in light mode, as the labeller saw it). Findings for
 * other client conditions (narrow screens, dark mode, forced dark mode) go beyond them: they are counted apart.
 */
const BEYOND_LABELS = new Set(['notVisibleUnder', 'forcedDark']);

/** Whether a finding answers the question the corpus labels ask. */
export function judgedByLabels(m: { messageId?: string }): boolean {
  return m.messageId === undefined || !BEYOND_LABELS.has(m.messageId);
}

export interface RuleAgreement {
  rule: string;
  agree: number;
  judged: number;
  /** Files where the rule and the label part ways: "file (label says report|no report)". */
  disagreements: string[];
  /** Files where the rule reports only beyond what the labels judge (another client condition). */
  beyondLabels: string[];
}

function rows(): Row[] {
  const [header, ...lines] = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const cols = header!.split('\t');
  const at = (c: string[], name: string) => (c[cols.indexOf(name)] ?? '').trim();
  return lines
    .map((l) => l.split('\t'))
    .map((c) => ({
      file: at(c, 'file'),
      hasLink: at(c, 'has_unsub_link'),
      visible: at(c, 'unsub_visible').split(':')[0]!.trim(),
      header: at(c, 'list_unsubscribe_header'),
      oneClick: at(c, 'one_click_post'),
    }));
}

export function corpusPresent(): boolean {
  return existsSync(join(CORPUS, 'MANIFEST.tsv'));
}

export async function corpusAgreement(): Promise<RuleAgreement[]> {
  const config = resolveConfig([{ extends: ['optout-lint:recommended'] }], { rules, presets });
  const out = new Map(Object.keys(JUDGES).map((rule) => [rule, { rule, agree: 0, judged: 0, disagreements: [] as string[], beyondLabels: [] as string[] }]));
  for (const row of rows()) {
    const text = readFileSync(join(CORPUS, row.file), 'utf8');
    const result = await lintText(text, { filename: join(CORPUS, row.file), config, rules });
    const reported = new Set(result.messages.filter(judgedByLabels).map((m) => m.ruleId));
    for (const [rule, judge] of Object.entries(JUDGES)) {
      const want = judge(row);
      if (want === undefined) continue;
      const figure = out.get(rule)!;
      const beyond = result.messages.filter((m) => m.ruleId === rule && !judgedByLabels(m));
      if (beyond.length > 0) figure.beyondLabels.push(`${row.file}: ${beyond[0]!.message}`);
      figure.judged++;
      if (reported.has(rule) === want) figure.agree++;
      else figure.disagreements.push(`${row.file} (label says ${want ? 'report' : 'no report'})`);
    }
  }
  return [...out.values()];
}

export function formatAgreement(figures: RuleAgreement[]): string {
  const lines = figures.map(
    (f) =>
      `${f.rule.padEnd(28)} ${String(f.agree).padStart(3)}/${String(f.judged).padEnd(3)} ${((100 * f.agree) / Math.max(1, f.judged)).toFixed(0).padStart(3)}%`,
  );
  const details = figures.flatMap((f) => f.disagreements.map((d) => `  ${f.rule}: ${d}`));
  const beyond = figures.flatMap((f) => f.beyondLabels.map((d) => `  ${f.rule}: ${d}`));
  return [
    `rule                         agree     %`,
    ...lines,
    '',
    'disagreements:',
    ...details,
    '',
    'beyond the labels (other client conditions: narrow screens, dark mode; not counted):',
    ...(beyond.length > 0 ? beyond : ['  none']),
  ].join('\n');
}
