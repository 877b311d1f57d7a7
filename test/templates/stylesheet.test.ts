// A style sheet named on its own is no email (issue 20: "linting it alone never reports No opt-out link").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { runCliInProcess, tempDir } from '../cli/helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a .css file linted alone', () => {
  it('is a partial: no whole-email finding, and hostile CSS does not crash it', async () => {
    writeFileSync(path.join(tmp.dir, 'footer.css'), '.footer a { color: #fafafa; font-size: 6px }\n@media (max-width: 600px) { .footer { display: none } }\n');
    writeFileSync(path.join(tmp.dir, 'broken.css'), `a{${'url('.repeat(5000)}`);
    const r = await runCliInProcess(['-f', 'json', 'footer.css', 'broken.css'], { cwd: tmp.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results.map((x) => x.messages)).toEqual([[], []]);
  });
});
