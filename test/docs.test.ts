// The docs are checked against the code: the README's rule table is generated from the rules' metadata,
// and every rule README's examples are linted (Incorrect must report the rule, Correct must not).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, presets } from '../rules/index.ts';
import { rulesTable, withRulesTable } from '../scripts/rules-table.ts';
import { lintWithRule } from './support/rule-tester.ts';
import { ROOT } from './cli/helpers.ts';
import { HELP } from '../linter/cli/args.ts';

describe('README rule table', () => {
  it('is up to date with the rules (run `npm run docs` to regenerate)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'README.md rule table is out of date: run `npm run docs`').toBe(withRulesTable(readme, rulesTable(rules, presets)));
  });

  it('lists every rule', () => {
    const table = rulesTable(rules, presets);
    for (const rule of rules) expect(table).toContain(`[\`${rule.meta.id}\`](rules/${rule.meta.id}/README.md)`);
  });
});

describe('README flag table', () => {
  it('has a row for every flag of --help, and no row for a flag the CLI does not have', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('### Raw messages'));
    const rows = usage.split('\n').filter((l) => l.startsWith('| `-'));
    const inTable = new Set(rows.flatMap((r) => r.split('|')[1]!.match(/--[\w-]+/g) ?? []));
    const inHelp = new Set(HELP.match(/--[\w-]+/g) ?? []);
    expect([...inHelp].filter((f) => !inTable.has(f))).toEqual([]);
    expect([...inTable].filter((f) => !inHelp.has(f))).toEqual([]);
  });
});

interface Example {
  section: 'Incorrect' | 'Correct';
  lang: string;
  code: string;
  line: number;
}

/**
 * Runnable blocks under `## Incorrect` and `## Correct`, with the line they start on: ```html, ```mjml and
 * ```eml are linted as files of that kind; ```headers is a header block linted with a compliant template
 * (like `--headers FILE`). Plain ``` blocks are illustrations and are not run.
 */
function readmeExamples(markdown: string): Example[] {
  const out: Example[] = [];
  let section: Example['section'] | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^## (.*)$/.exec(line);
    if (heading) {
      const title = heading[1]!.trim();
      section = title === 'Incorrect' || title === 'Correct' ? title : undefined;
      continue;
    }
    const fence = /^```(html|mjml|eml|headers)\s*$/.exec(line);
    if (fence && section) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && !lines[end]!.startsWith('```')) end++;
      out.push({ section, lang: fence[1]!, code: lines.slice(start, end).join('\n'), line: start + 1 });
      i = end;
    }
  }
  return out;
}

/** The template a ```headers example is linted with: its body is compliant, so only the headers matter. */
const TEMPLATE_FOR_HEADERS = '<html><body><p><a href="https://acme.example/u/3f9a2c">Unsubscribe</a></p></body></html>';

/** Rules whose examples cannot run offline, and where they are tested instead. */
const NOT_RUNNABLE: Record<string, string> = {
  'list-unsubscribe-endpoint': 'judges live HTTP answers from --probe: covered against real loopback servers in test/probe',
};

describe('rule README examples', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    const file = path.join(ROOT, 'rules', id, 'README.md');
    describe(id, () => {
      it('has a README with incorrect and correct examples', () => {
        expect(existsSync(file), `rules/${id}/README.md is missing`).toBe(true);
        if (NOT_RUNNABLE[id]) return;
        const examples = readmeExamples(readFileSync(file, 'utf8'));
        expect(
          examples.some((e) => e.section === 'Incorrect'),
          'no runnable (html, mjml, eml, headers) example under "## Incorrect"',
        ).toBe(true);
        expect(
          examples.some((e) => e.section === 'Correct'),
          'no runnable (html, mjml, eml, headers) example under "## Correct"',
        ).toBe(true);
      });
      const examples = existsSync(file) ? readmeExamples(readFileSync(file, 'utf8')) : [];
      for (const ex of examples) {
        it(`${ex.section} example at README.md:${ex.line} ${ex.section === 'Incorrect' ? 'reports' : 'does not report'} ${id}`, async () => {
          const { messages } = await lintWithRule(
            rule,
            ex.lang === 'headers'
              ? { code: TEMPLATE_FOR_HEADERS, filename: 'example.html', headers: ex.code }
              : { code: ex.code, filename: `example.${ex.lang}` },
          );
          const mine = messages.filter((m) => m.ruleId === id);
          if (ex.section === 'Incorrect') expect(mine.length, `expected ${id} to report:\n${ex.code}`).toBeGreaterThan(0);
          else expect(mine, `expected no ${id} report:\n${ex.code}`).toEqual([]);
        });
      }
    });
  }
});
