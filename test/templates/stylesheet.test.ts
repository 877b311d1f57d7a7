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

describe('a .css file a template links', () => {
  const email = (link: string) =>
    `<!doctype html><html lang="en"><head>${link}</head><body><p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p>` +
    `<p class="footer"><a href="{{{unsubscribe}}}">Unsubscribe</a></p></body></html>\n`;

  it('<link rel="stylesheet" href> to a file of the project is part of the email: its rule can hide the opt-out', async () => {
    writeFileSync(path.join(tmp.dir, 'email.css'), '.footer { display: none }\n');
    writeFileSync(path.join(tmp.dir, 'welcome.hbs'), email('<link rel="stylesheet" href="email.css">'));
    const r = await runCliInProcess(['-f', 'json', 'welcome.hbs'], { cwd: tmp.dir });
    const [result] = JSON.parse(r.stdout) as LintResult[];
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['unsubscribe-link-visible', 1, 164]]);
    expect(result!.messages[0]!.message).toContain('hidden by `.footer { display:none }` (email.css line 1)');
  });

  it('a remote or computed sheet is left alone, and a missing local one is named', async () => {
    writeFileSync(
      path.join(tmp.dir, 'remote.hbs'),
      email('<link rel="stylesheet" href="https://cdn.example/email.css"><link rel="stylesheet" href="{{ asset "email.css" }}">'),
    );
    writeFileSync(path.join(tmp.dir, 'missing.hbs'), email('<link rel="stylesheet" href="css/gone.css">'));
    const r = await runCliInProcess(['-f', 'json', 'remote.hbs', 'missing.hbs'], { cwd: tmp.dir });
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results[0]!.messages).toEqual([]);
    expect(results[1]!.messages.map((m) => m.message)).toEqual([expect.stringContaining('Partial "css/gone.css" not found')]);
  });
});
