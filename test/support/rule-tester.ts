// ESLint-style RuleTester on vitest: valid cases must report nothing, invalid ones exactly the listed errors.
import { appendFileSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Rule } from '../../linter/rule.ts';
import type { LintMessage, Placeholders, ResolvedConfig } from '../../linter/types.ts';
import { lintText } from './lint.ts';
import { codeFrame } from '../../linter/cli/formatters/code-frame.ts';
import { palette } from '../../linter/cli/formatters/ansi.ts';
import { resolveConfig } from '../../linter/config.ts';

export interface ValidCase {
  code: string;
  name?: string;
  filename?: string;
  options?: Record<string, unknown>;
  settings?: { esp?: string; locales?: string[]; placeholders?: Placeholders };
  /** A header block for templates, like `--headers FILE` / config `headers`. */
  headers?: string;
}

export interface ExpectedError {
  messageId: string;
  /** Every expected error names its whole span, as ESLint's RuleTester asks of new rules. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: 1 | 2;
  /** Substring the formatted message must contain. */
  message?: string;
  /**
   * The suggestions offered, each with the whole file after applying it. Required when the rule offers any,
   * as ESLint 9's RuleTester requires them.
   */
  suggestions?: { desc: string; output: string }[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export async function lintWithRule(rule: Rule, c: ValidCase): Promise<{ messages: LintMessage[]; source: string }> {
  // Through config resolution, as a user's config goes: options are validated against the rule's schema.
  const config: ResolvedConfig = resolveConfig(
    [
      {
        extends: [],
        rules: { [rule.meta.id]: [rule.meta.severity, c.options ?? {}] },
        ...(c.settings?.locales ? { locales: c.settings.locales } : {}),
        ...(c.settings?.esp ? { esp: c.settings.esp } : {}),
        ...(c.settings?.placeholders ? { placeholders: c.settings.placeholders } : {}),
        ...(c.headers !== undefined ? { headers: c.headers } : {}),
      },
    ],
    { rules: [rule], presets: {} },
  );
  const result = await lintText(c.code, { filename: c.filename ?? 'template.html', config, rules: [rule] });
  return { messages: result.messages, source: c.code };
}

function describeMessages(messages: LintMessage[], source: string): string {
  if (messages.length === 0) return '(no messages)';
  return messages.map((m) => `${m.line}:${m.column} ${m.messageId ?? m.ruleId} ${m.message}\n${codeFrame(source, m, palette(false), (s) => s)}`).join('\n');
}

function caseName(c: ValidCase): string {
  return c.name ?? c.code.replace(/\s+/g, ' ').trim().slice(0, 90);
}

/** The same input twice is a copy-paste slip: ESLint's RuleTester refuses it too. */
function caseKey(c: ValidCase): string {
  return JSON.stringify([c.code, c.filename ?? '', c.options ?? {}, c.settings ?? {}, c.headers ?? null]);
}

export function runRuleTests(rule: Rule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has no duplicate cases, and every messageId is tested by an invalid case', () => {
      const seen = new Map<string, string>();
      for (const raw of [...cases.valid, ...cases.invalid]) {
        const c = typeof raw === 'string' ? { code: raw } : raw;
        const key = caseKey(c);
        expect(seen.has(key), `duplicate case: "${caseName(c)}" repeats "${seen.get(key)}"`).toBe(false);
        seen.set(key, caseName(c));
      }
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      const untested = Object.keys(rule.meta.messages).filter((id) => !used.has(id));
      expect(untested, `messageIds without an invalid case: ${untested.join(', ')}`).toEqual([]);
      for (const id of used) expect(Object.keys(rule.meta.messages), `tests name unknown messageId "${id}"`).toContain(id);
    });
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { code: raw } : raw;
        it(caseName(c), async () => {
          const { messages, source } = await lintWithRule(rule, c);
          expect(messages, describeMessages(messages, source)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, index) => {
        it(caseName(c), async () => {
          const { messages, source } = await lintWithRule(rule, c);
          const fillFile = process.env['OPTOUT_FILL_POSITIONS'];
          if (fillFile) {
            const got = messages.map(({ line, column, endLine, endColumn, suggestions }) => ({
              line,
              column,
              endLine,
              endColumn,
              suggestions: (suggestions ?? []).map((sg) => ({ desc: sg.desc, output: applyEdit(c.code, sg.fix) })),
            }));
            appendFileSync(fillFile, JSON.stringify({ file: expect.getState().testPath, index, count: cases.invalid.length, got }) + '\n');
          }
          const shown = describeMessages(messages, source);
          for (const m of messages) {
            // A placeholder of the message's template that is still in the text was given no data.
            const template = rule.meta.messages[m.messageId ?? ''] ?? '';
            for (const [placeholder] of template.matchAll(/\{\{\s*\w+\s*\}\}/g)) expect(m.message, `unfilled ${placeholder}`).not.toContain(placeholder);
          }
          expect(messages.length, `expected ${c.errors.length} message(s), got:\n${shown}`).toBe(c.errors.length);
          c.errors.forEach((want, i) => {
            const got = messages[i]!;
            const picked: Record<string, unknown> = {
              messageId: got.messageId,
              line: got.line,
              column: got.column,
              endLine: got.endLine,
              endColumn: got.endColumn,
            };
            if (want.severity !== undefined) picked['severity'] = got.severity;
            const { message, suggestions, ...wantFields } = want;
            expect(picked, shown).toEqual(wantFields);
            if (message !== undefined) expect(got.message, shown).toContain(message);
            const offered = (got.suggestions ?? []).map((sg) => ({ desc: sg.desc, output: applyEdit(c.code, sg.fix) }));
            if (suggestions === undefined) expect(offered, `error ${i} offers suggestions: list them in its "suggestions"`).toEqual([]);
            else expect(offered, shown).toEqual(suggestions);
          });
        });
      });
    });
  });
}

function applyEdit(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** A message from test/fixtures/eml, as text (CRLF line ends kept). */
export function emlFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/eml/${name}`, import.meta.url), 'utf8');
}
