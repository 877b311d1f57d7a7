// Template projects through the CLI: the bundled example project of each system, and scratch copies of them
// broken in the ways real projects break (a footer edited, a partial missing, an include leaving the project).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { EXAMPLES, runCliInProcess, tempDir } from '../cli/helpers.ts';

const PROJECTS = path.join(EXAMPLES, 'templates');
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];
const rel = (dir: string, r: LintResult) => path.relative(dir, r.filePath);

let tmp: { dir: string; cleanup(): void };
beforeEach(() => {
  tmp = tempDir();
  // The React Email example needs the repository's react (its own test renders it in place: react-email.test.ts).
  cpSync(PROJECTS, tmp.dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}react-email`) });
});
afterEach(() => tmp.cleanup());

const edit = (file: string, from: string | RegExp, to: string) => {
  const p = path.join(tmp.dir, file);
  const before = readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${file} was not edited`).not.toBe(before);
  writeFileSync(p, after);
};

async function lintProject(args: string[] = ['.']) {
  const r = await runCliInProcess(['-f', 'json', ...args], { cwd: tmp.dir });
  return { code: r.code, results: json(r.stdout), stderr: r.stderr };
}

describe('the example projects', () => {
  it('are found in a folder (.hbs, .liquid, .njk, .mjml) and pass, partials and layouts included', async () => {
    const { code, results } = await lintProject();
    expect(code).toBe(0);
    expect(results.map((r) => rel(tmp.dir, r)).sort()).toEqual([
      'handlebars/layouts/main.hbs',
      'handlebars/partials/button.hbs',
      'handlebars/partials/footer.hbs',
      'handlebars/weekly.hbs',
      'handlebars/welcome.hbs',
      'liquid/layouts/email.liquid',
      'liquid/snippets/footer.liquid',
      'liquid/snippets/product-card.liquid',
      'liquid/spring-sale.liquid',
      'mjml/harvest.mjml',
      'mjml/partials/footer.mjml',
      'mjml/partials/header.mjml',
      'nunjucks/autumn-promo.njk',
      'nunjucks/layouts/base.njk',
      'nunjucks/shared/footer.njk',
      'nunjucks/shared/ui.njk',
    ]);
    for (const r of results) expect({ file: rel(tmp.dir, r), messages: r.messages }).toEqual({ file: rel(tmp.dir, r), messages: [] });
  });

  it('an entry linted alone still finds its footer (partials from the conventional folders and the config)', async () => {
    for (const entry of ['handlebars/welcome.hbs', 'liquid/spring-sale.liquid', 'nunjucks/autumn-promo.njk', 'mjml/harvest.mjml']) {
      const { code, results } = await lintProject([entry]);
      expect({ entry, code, messages: results[0]!.messages }).toEqual({ entry, code: 0, messages: [] });
    }
  });
});

describe('a broken project', () => {
  it('a footer without its opt-out fails every email that includes it, and the footer itself only per link', async () => {
    edit('handlebars/partials/footer.hbs', /<a href="\{\{\{unsubscribe\}\}\}"[^>]*>Unsubscribe<\/a> or\s*<a[^>]*>change how often we write<\/a>\./, '');
    const { code, results } = await lintProject(['handlebars']);
    expect(code).toBe(1);
    const by = Object.fromEntries(results.map((r) => [rel(tmp.dir, r), r.messages.map((m) => m.ruleId)]));
    expect(by['handlebars/welcome.hbs']).toEqual(['unsubscribe-link-present']);
    expect(by['handlebars/weekly.hbs']).toEqual(['unsubscribe-link-present']);
    expect(by['handlebars/partials/footer.hbs']).toEqual([]);
    expect(by['handlebars/layouts/main.hbs']).toEqual([]);
  });

  it('a hidden opt-out in a snippet is reported once, on the snippet, at its line', async () => {
    edit('liquid/snippets/footer.liquid', 'style="color:#1a5fb4;"', 'style="display:none"');
    const { results } = await lintProject(['liquid']);
    const withMessages = results.filter((r) => r.messages.length > 0);
    expect(withMessages.map((r) => [rel(tmp.dir, r), r.messages.map((m) => [m.ruleId, m.line])])).toEqual([
      ['liquid/snippets/footer.liquid', [['unsubscribe-link-visible', 3]]],
    ]);
  });

  it('linted alone, the entry reports the hidden link at its layout tag, with the snippet’s line in the message', async () => {
    edit('liquid/snippets/footer.liquid', 'style="color:#1a5fb4;"', 'style="display:none"');
    const { results } = await lintProject(['liquid/spring-sale.liquid']);
    const [m] = results[0]!.messages;
    expect(m).toMatchObject({
      ruleId: 'unsubscribe-link-visible',
      line: 1,
      column: 1,
      origin: { filePath: path.join(tmp.dir, 'liquid/snippets/footer.liquid'), line: 3 },
    });
    expect(m!.message).toContain('(in snippets/footer.liquid:3:');
  });

  it('a missing partial says which name and where it looked, on the file that names it, and the run goes on', async () => {
    edit('nunjucks/layouts/base.njk', '{% include "footer.njk" %}', '{% include "footers.njk" %}');
    const { code, results } = await lintProject(['nunjucks']);
    expect(code).toBe(1);
    const base = results.find((r) => rel(tmp.dir, r) === 'nunjucks/layouts/base.njk')!;
    expect(base.messages).toHaveLength(1);
    expect(base.messages[0]).toMatchObject({ ruleId: null, severity: 2, line: 7, column: 23 });
    expect(base.messages[0]!.message).toMatch(
      /^Partial "footers\.njk" not found \(looked in layouts\/, layouts\/partials\/, .* and \d+ more\); add its folder to "partials" in the config\.$/,
    );
    // The entry does not repeat it (it is the layout's problem); what the missing footer held is judged missing, saying why.
    const entry = results.find((r) => rel(tmp.dir, r) === 'nunjucks/autumn-promo.njk')!.messages;
    expect(entry.map((m) => m.ruleId).sort()).toEqual(['postal-address', 'sender-identity', 'unsubscribe-link-present']);
    for (const m of entry) expect(m.message).toMatch(/\(judged without "footers\.njk", which could not be included\)$/);
  });

  it('an include that leaves the project is refused, never read', async () => {
    writeFileSync(path.join(tmp.dir, 'handlebars', 'evil.hbs'), '<html><body>{{> ../../../../../../../../etc/passwd}}</body></html>');
    const { results } = await lintProject(['handlebars/evil.hbs']);
    const [m] = results[0]!.messages.filter((x) => x.ruleId === null);
    expect(m).toMatchObject({ ruleId: null, severity: 2 });
    expect(m!.message).toMatch(/^Partial "\.\.\/.*etc\/passwd" would be read from \/etc\/passwd(?:\.\w+)?, outside the project \(.*\); it is not read\.$/);
  });

  it('an include cycle is named and the run goes on', async () => {
    writeFileSync(path.join(tmp.dir, 'handlebars', 'partials', 'a.hbs'), '{{> b}}');
    writeFileSync(path.join(tmp.dir, 'handlebars', 'partials', 'b.hbs'), '{{> a}}');
    writeFileSync(path.join(tmp.dir, 'handlebars', 'loop.hbs'), '<html><body>{{> a}}</body></html>');
    const { results } = await lintProject(['handlebars/loop.hbs']);
    expect(results[0]!.messages.filter((m) => m.ruleId === null).map((m) => m.message)).toEqual([
      'Include cycle: handlebars/partials/a.hbs → handlebars/partials/b.hbs → handlebars/partials/a.hbs; the repeated include is left out.',
    ]);
  });
});

describe('SARIF', () => {
  it('gives the partial where the reported text is written as a relatedLocation', async () => {
    edit('liquid/snippets/footer.liquid', 'style="color:#1a5fb4;"', 'style="display:none"');
    const r = await runCliInProcess(['-f', 'sarif', 'liquid/spring-sale.liquid'], { cwd: tmp.dir });
    const [result] = JSON.parse(r.stdout).runs[0].results;
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'liquid/spring-sale.liquid' }, region: { startLine: 1 } });
    expect(result.relatedLocations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'liquid/snippets/footer.liquid' }, region: { startLine: 3 } });
  });
});

describe('MJML', () => {
  it('a fragment without <mjml> is a partial, not a fatal error; the email that includes it is judged whole', async () => {
    edit('mjml/partials/footer.mjml', '<a href="*|UNSUB|*" class="footer-link">Unsubscribe</a>', '');
    const { results } = await lintProject(['mjml']);
    const by = Object.fromEntries(results.map((r) => [rel(tmp.dir, r), r.messages.map((m) => [m.ruleId, m.line])]));
    expect(by).toEqual({ 'mjml/harvest.mjml': [['unsubscribe-link-present', 10]], 'mjml/partials/footer.mjml': [], 'mjml/partials/header.mjml': [] });
  });

  it('<mj-include> text keeps its place: a hidden link in the footer fragment points at its line there', async () => {
    edit('mjml/partials/footer.mjml', 'class="footer-link"', 'style="display:none"');
    const alone = await lintProject(['mjml/harvest.mjml']);
    const [m] = alone.results[0]!.messages;
    expect(m).toMatchObject({ ruleId: 'unsubscribe-link-visible', line: 21, origin: { filePath: path.join(tmp.dir, 'mjml/partials/footer.mjml'), line: 5 } });
    const all = await lintProject(['mjml']);
    expect(all.results.filter((r) => r.messages.length > 0).map((r) => [rel(tmp.dir, r), r.messages.map((x) => [x.ruleId, x.line])])).toEqual([
      ['mjml/partials/footer.mjml', [['unsubscribe-link-visible', 5]]],
    ]);
  });

  it('type="css" includes style the email: a class from the included sheet can hide the link', async () => {
    writeFileSync(path.join(tmp.dir, 'mjml/partials/styles.css'), '.footer-link { display: none; }\n');
    const { results } = await lintProject(['mjml/harvest.mjml']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-visible']);
  });
});

describe('--cache with partials', () => {
  it('editing a footer re-lints every email that includes it', async () => {
    const cache = path.join(tmp.dir, '.cache');
    const first = await runCliInProcess(['-f', 'json', '--cache', '--cache-location', cache, 'handlebars/welcome.hbs'], { cwd: tmp.dir });
    expect(first.code).toBe(0);
    edit('handlebars/partials/footer.hbs', /<a href="\{\{\{unsubscribe\}\}\}"[^>]*>Unsubscribe<\/a> or\s*<a[^>]*>change how often we write<\/a>\./, '');
    const second = await runCliInProcess(['-f', 'json', '--cache', '--cache-location', cache, 'handlebars/welcome.hbs'], { cwd: tmp.dir });
    expect(json(second.stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-present']);
    rmSync(cache, { force: true });
  });
});
