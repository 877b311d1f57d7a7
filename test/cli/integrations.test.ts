// The GitHub Action and the pre-commit manifest: they parse, and the Action's lint script, run with the
// variables a runner sets, writes the SARIF file, the annotations, the job summary and the exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCli, tempDir } from './helpers.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  if?: string;
}
interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

const action = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

describe('action.yml', () => {
  it('is a composite action that uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['patterns', 'config', 'args', 'sarif-file', 'upload-sarif']));
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  describe('its lint step, run locally', () => {
    let cleanupBuild = () => {};
    const tmp = tempDir();
    let outcome: { code: number | null; stdout: string; stderr: string; output: string; summary: string; sarif: string };

    beforeAll(async () => {
      const built = await buildCli();
      cleanupBuild = built.cleanup;
      // $GITHUB_ACTION_PATH/dist/cli.js
      symlinkSync(path.dirname(built.cli), path.join(tmp.dir, 'dist'));
      const step = action.runs.steps.find((s) => s.id === 'lint')!;
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTION_PATH: tmp.dir,
        GITHUB_OUTPUT: path.join(tmp.dir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(tmp.dir, 'summary.md'),
        NO_COLOR: '1',
      };
      for (const [k, v] of Object.entries(step.env ?? {})) {
        // ${{ inputs.x }} → the input's default, as a runner would substitute it.
        const input = /\$\{\{ inputs\.([\w-]+) \}\}/.exec(v)?.[1];
        env[k] = input ? (action.inputs[input]?.default ?? '') : v;
      }
      env.INPUT_PATTERNS = 'examples/bad/click-here-it.html examples/good';
      env.INPUT_SARIF_FILE = path.join(tmp.dir, 'out.sarif');
      writeFileSync(env.GITHUB_OUTPUT!, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
      const r = spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', step.run!], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
      outcome = {
        code: r.status,
        stdout: r.stdout,
        stderr: r.stderr,
        output: readFileSync(env.GITHUB_OUTPUT!, 'utf8'),
        summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
        sarif: existsSync(env.INPUT_SARIF_FILE) ? readFileSync(env.INPUT_SARIF_FILE, 'utf8') : '',
      };
    }, 90_000);
    afterAll(() => {
      cleanupBuild();
      tmp.cleanup();
    });

    it('succeeds itself and passes the exit code on', () => {
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      expect(outcome.output).toBe('exit-code=1\n');
    });
    it('writes SARIF with paths relative to the repository', () => {
      const log = JSON.parse(outcome.sarif);
      expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('examples/bad/click-here-it.html');
    });
    it('prints annotations and writes the job summary', () => {
      expect(outcome.stdout).toMatch(/^::error file=examples\/bad\/click-here-it\.html,line=34,col=52,/m);
      expect(outcome.summary).toMatch(/^### optout-lint: ✖ 2 problems \(1 error, 1 warning\)/);
    });
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook running the optout-lint bin on templates', () => {
    const hooks = load(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'optout-lint', entry: 'optout-lint', language: 'node' });
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook!.entry);
    const files = new RegExp(hook!.files);
    expect(['a.html', 'b/c.htm', 'd.mjml', 'e.eml'].every((f) => files.test(f))).toBe(true);
    expect(['a.txt', 'html.md'].some((f) => files.test(f))).toBe(false);
  });
});
