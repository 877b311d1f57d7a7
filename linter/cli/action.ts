// The GitHub Action's lint step (dist/action.js): lints once, to JSON, then writes the SARIF file, prints the
// annotations and appends the job summary from those same results. Inputs arrive as INPUT_* variables;
// patterns and args are split like a shell would, so quoted globs reach optout-lint unexpanded.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LintResult } from '../types.ts';
import { main, type CliIO } from './main.ts';
import { formatters } from './formatters/index.ts';
import { OptoutLint } from './optout-lint.ts';

export async function runAction(env: Record<string, string | undefined>, io: CliIO): Promise<number> {
  const patterns = splitArgs(env.INPUT_PATTERNS || '.');
  const extra = splitArgs(env.INPUT_ARGS ?? '');
  if (env.INPUT_CONFIG) extra.push('--config', env.INPUT_CONFIG);
  if (env.INPUT_RENDER === 'true') extra.push('--render');
  if (env.INPUT_RENDER === 'true' && env.INPUT_RENDER_OUT) extra.push('--render-out', env.INPUT_RENDER_OUT);
  const scratch = mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'optout-lint-'));
  try {
    const resultsFile = path.join(scratch, 'results.json');
    const code = await main([...extra, '--format', 'json', '--output-file', resultsFile, '--', ...patterns], io);
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${code}\n`);
    // 2: bad usage or config; main() said why on stderr and there is nothing to report.
    if (code >= 2) return code;
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as LintResult[];
    const context = { cwd: io.cwd, color: false, rulesMeta: new OptoutLint({ cwd: io.cwd }).getRulesMeta(), version: OptoutLint.version };
    if (env.INPUT_SARIF_FILE) writeFileSync(path.resolve(io.cwd, env.INPUT_SARIF_FILE), formatters.sarif!(results, context));
    if (env.INPUT_ANNOTATIONS !== 'false') {
      const annotations = formatters.github!(results, context);
      if (annotations) io.stdout.write(annotations.endsWith('\n') ? annotations : `${annotations}\n`);
    }
    if (env.INPUT_JOB_SUMMARY !== 'false' && env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${formatters.markdown!(results, context)}\n`);
    return code;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Splits an input the way a shell splits words: whitespace separates, '…' keeps everything, "…" keeps all
 * but \" and \\, a backslash outside quotes escapes the next character. Nothing is expanded.
 */
export function splitArgs(input: string): string[] {
  const out: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && (input[i + 1] === '"' || input[i + 1] === '\\')) word += input[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < input.length) {
      word += input[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in ${JSON.stringify(input)}`);
  if (inWord) out.push(word);
  return out;
}
