// The GitHub Action and the pre-commit manifest, as files: their shape. Both are run for real, from the packed
// package, in test/package/pack.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

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
  it('is a composite action: installs the package, lints, uploads SARIF only when asked', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['patterns', 'config', 'args', 'version', 'sarif-file', 'upload-sarif']));
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    // Repositories without code scanning must not fail by default.
    expect(action.inputs['upload-sarif']?.default).toBe('false');
  });

  it("leaves the workflow's Node setup alone and installs no dev tree", () => {
    expect(action.runs.steps.some((s) => s.uses?.startsWith('actions/setup-node'))).toBe(false);
    const install = action.runs.steps.find((s) => s.id === 'install')!.run!;
    expect(install).toContain('--omit=dev');
    expect(install).not.toMatch(/npm ci\b/);
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
    expect(['a.html', 'b/c.htm', 'd.mjml', 'e.eml', 'f.hbs', 'g.liquid', 'h.njk'].every((f) => files.test(f))).toBe(true);
    expect(['a.txt', 'html.md'].some((f) => files.test(f))).toBe(false);
  });
});

describe('.github/workflows/release.yml', () => {
  it('publishes on a version tag, with provenance, after the tests', () => {
    const workflow = load(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      permissions: Record<string, string>;
      jobs: { publish: { steps: Step[] } };
    };
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(workflow.permissions['id-token']).toBe('write');
    const runs = workflow.jobs.publish.steps.map((s) => s.run ?? '');
    const tests = runs.findIndex((r) => r.includes('.ci/run'));
    const publish = runs.findIndex((r) => /npm publish --provenance/.test(r));
    expect(tests).toBeGreaterThanOrEqual(0);
    expect(publish).toBeGreaterThan(tests);
  });
});
