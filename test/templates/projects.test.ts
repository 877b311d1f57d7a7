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
  it('are found in a folder (.hbs, .liquid, .njk, .mjml, Go, Django and Maizzle .html) and pass, partials and layouts included', async () => {
    const { code, results } = await lintProject();
    expect(code).toBe(0);
    expect(results.map((r) => rel(tmp.dir, r)).sort()).toEqual([
      'django/newsletter/templates/newsletter/emails/_book.html',
      'django/newsletter/templates/newsletter/emails/base.html',
      'django/newsletter/templates/newsletter/emails/new-releases.html',
      'go/base.html',
      'go/campaign.tpl',
      'go/roast-of-the-month.html',
      'handlebars/layouts/main.hbs',
      'handlebars/partials/button.hbs',
      'handlebars/partials/footer.hbs',
      'handlebars/weekly.hbs',
      'handlebars/welcome.hbs',
      'liquid/layouts/email.liquid',
      'liquid/snippets/footer.liquid',
      'liquid/snippets/product-card.liquid',
      'liquid/spring-sale.liquid',
      'maizzle/components/button.html',
      'maizzle/components/footer.html',
      'maizzle/emails/launch.html',
      'maizzle/layouts/main.html',
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
    for (const entry of [
      'handlebars/welcome.hbs',
      'liquid/spring-sale.liquid',
      'nunjucks/autumn-promo.njk',
      'mjml/harvest.mjml',
      'go/roast-of-the-month.html',
      'django/newsletter/templates/newsletter/emails/new-releases.html',
      'maizzle/emails/launch.html',
    ]) {
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

  it('a partial created, then removed, in a folder searched first is seen by the next run of the same process', async () => {
    // Within a run, every entry reuses the file its folder's first entry found; the next run looks again.
    expect((await lintProject(['handlebars'])).code).toBe(0);
    const shadow = path.join(tmp.dir, 'handlebars', 'layouts', 'footer.hbs');
    writeFileSync(shadow, '<p>See you next week.</p>');
    const shadowed = await lintProject(['handlebars']);
    const by = Object.fromEntries(shadowed.results.map((r) => [rel(tmp.dir, r), r.messages.map((m) => m.ruleId)]));
    expect(by['handlebars/welcome.hbs']).toContain('unsubscribe-link-present');
    expect(by['handlebars/weekly.hbs']).toContain('unsubscribe-link-present');
    rmSync(shadow);
    expect((await lintProject(['handlebars'])).code).toBe(0);
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

describe('Go templates (listmonk)', () => {
  it("an email renders the base file's templates: without the footer's opt-out it fails, at its {{ template }} line", async () => {
    edit('go/base.html', /\{\{ define "unsubscribe" \}\}[\s\S]*?\{\{ end \}\}/, '{{ define "unsubscribe" }}{{ end }}');
    const { code, results } = await lintProject(['go']);
    expect(code).toBe(1);
    const roast = results.find((r) => r.filePath.endsWith('roast-of-the-month.html'))!;
    expect(roast.messages.map((m) => [m.ruleId, m.line])).toEqual([['unsubscribe-link-present', 1]]);
    // The base file defines templates only: a partial, never "No opt-out link" of its own.
    expect(results.find((r) => r.filePath.endsWith('base.html'))!.messages).toEqual([]);
  });

  it("a hidden link in the base file's template is reported once, on the base file, at its line", async () => {
    edit('go/base.html', '{{ define "unsubscribe" }}<a href', '{{ define "unsubscribe" }}<a style="display:none" href');
    const { results } = await lintProject(['go']);
    const base = results.find((r) => r.filePath.endsWith('base.html'))!;
    expect(base.messages.map((m) => [m.ruleId, m.line])).toEqual([['unsubscribe-link-visible', 32]]);
    expect(results.find((r) => r.filePath.endsWith('roast-of-the-month.html'))!.messages).toEqual([]);
  });

  it('a template defined nowhere warns that its text is not checked; listmonk\'s "content" is the campaign body', async () => {
    edit('go/roast-of-the-month.html', '{{ template "footer" . }}', '{{ template "footer" . }}{{ template "sidebar" . }}');
    const { results } = await lintProject(['go']);
    const roast = results.find((r) => r.filePath.endsWith('roast-of-the-month.html'))!;
    expect(roast.messages.map((m) => [m.severity, m.line, m.message])).toEqual([[1, 5, expect.stringContaining('No template named "sidebar"')]]);
    expect(results.find((r) => r.filePath.endsWith('campaign.tpl'))!.messages).toEqual([]);
  });
});

describe('Django templates', () => {
  it('{% extends %} with {{ block.super }}: the footer comes from the base; overriding it without super drops the opt-out', async () => {
    edit('django/newsletter/templates/newsletter/emails/new-releases.html', '{{ block.super }}', '');
    const { code, results } = await lintProject(['django']);
    expect(code).toBe(1);
    const entry = results.find((r) => r.filePath.endsWith('new-releases.html'))!;
    expect(entry.messages.map((m) => m.ruleId)).toContain('unsubscribe-link-present');
  });

  it('{% trans "…" %} is the link text: a translation that does not say what the link does is reported at the tag', async () => {
    edit('django/newsletter/templates/newsletter/emails/base.html', '{% trans "Unsubscribe" %}', '{% trans "Click here" %}');
    const { results } = await lintProject(['django']);
    const base = results.find((r) => r.filePath.endsWith('base.html'))!;
    const text = base.messages.find((m) => m.ruleId === 'unsubscribe-link-text');
    expect(text).toMatchObject({ line: 13 });
  });

  it('a bare {% url %} renders only a path: reported on the base', async () => {
    edit('django/newsletter/templates/newsletter/emails/base.html', '{{ site_url }}{% url', '{% url');
    const { results } = await lintProject(['django']);
    const base = results.find((r) => r.filePath.endsWith('base.html'))!;
    expect(base.messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([['unsubscribe-link-href', 'routeOnly', 13]]);
  });
});

describe('Maizzle', () => {
  it('<x-main> and <x-footer> compose the email; Tailwind classes colour the link (a faint one is reported)', async () => {
    edit('maizzle/components/footer.html', 'text-slate-700 underline', 'text-slate-200 underline');
    const { code, results } = await lintProject(['maizzle']);
    expect(code).toBe(1);
    const launch = results.find((r) => r.filePath.endsWith('launch.html'))!;
    const faint = launch.messages.find((m) => m.ruleId === 'unsubscribe-link-visible');
    expect(faint?.message).toContain('#e2e8f0'); // slate-200
    expect(faint?.message).toContain('(in components/footer.html:');
  });

  it('sm:hidden hides the opt-out on small screens', async () => {
    edit('maizzle/components/footer.html', 'text-slate-700 underline', 'text-slate-700 underline sm:hidden');
    const { results } = await lintProject(['maizzle/emails/launch.html']);
    expect(results[0]!.messages.map((m) => m.message)).toEqual([expect.stringContaining('No visible opt-out on screens ≤ 600px')]);
  });

  it('<extends> and <block> (v4): a block that replaces the footer without type="append" drops the opt-out', async () => {
    const dir = path.join(tmp.dir, 'maizzle-v4');
    cpSync(path.join(tmp.dir, 'maizzle'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'layouts', 'main.html'),
      '<!doctype html><html lang="en"><body><block name="template"></block><block name="footer"><x-footer /></block></body></html>',
    );
    const promo = (type: string) =>
      `<extends src="layouts/main.html">\n  <block name="template"><h1>Spring sale</h1></block>\n  <block name="footer"${type}><p>See you soon!</p></block>\n</extends>\n`;
    writeFileSync(path.join(dir, 'emails', 'launch.html'), promo(' type="append"'));
    expect((await lintProject(['maizzle-v4/emails/launch.html'])).results[0]!.messages).toEqual([]);
    writeFileSync(path.join(dir, 'emails', 'launch.html'), promo(''));
    const { results } = await lintProject(['maizzle-v4/emails/launch.html']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toContain('unsubscribe-link-present');
  });
});
