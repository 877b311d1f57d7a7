// The engine and rules run in the browser extension: no Node built-ins outside linter/cli.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const NODE_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](node:[^'"]+|fs|path|os|child_process|url|crypto|http|https|net|worker_threads)['"]/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'cli') continue;
      out.push(...sourceFiles(full));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

describe('browser safety', () => {
  const files = [...sourceFiles(join(ROOT, 'linter')), ...sourceFiles(join(ROOT, 'rules'))];
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports no Node built-in', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(NODE_IMPORT);
  });
  it('the rules do not import the CLI', () => {
    for (const f of sourceFiles(join(ROOT, 'rules'))) expect(readFileSync(f, 'utf8')).not.toMatch(/linter\/cli/);
  });
});
