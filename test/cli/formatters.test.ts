// Every format on the same findings: an HTML template (an error and a warning on one link), an MJML
// template, a file that could not be linted, an unused directive and a clean file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { fatalResult } from '../../linter/run.ts';
import { lintText } from '../support/lint.ts';
import { rules } from '../../rules/index.ts';
import type { LintResult, ResolvedConfig } from '../../linter/types.ts';
import { formatters, getFormatter, type FormatterContext } from '../../linter/cli/formatters/index.ts';
import { rulesMeta } from '../../linter/cli/optout-lint.ts';
import { markFindings } from '../../linter/cli/formatters/html.ts';
import { ROOT } from './helpers.ts';

// Every rule at its default severity, except the legal-footer rules: these snippets are not whole emails,
// and the findings below are chosen to exercise the formats.
const FOOTER_RULES = new Set(['postal-address', 'sender-identity']);
const config: ResolvedConfig = {
  rules: Object.fromEntries(
    rules.filter((r) => !FOOTER_RULES.has(r.meta.id)).map((r) => [r.meta.id, { severity: r.meta.severity === 'error' ? 2 : 1, options: {} }]),
  ),
  locales: [],
  maxFileSize: 1 << 24,
};

const CWD = path.join(ROOT, 'examples');
const file = (name: string) => path.join(CWD, name);
const TEMPLATE = [
  '<html><body>',
  '<!-- optout-disable-next-line unsubscribe-link-visible -- checked by hand -->',
  '<p>To unsubscribe, <a href="#">click here</a>.</p>',
  '</body></html>',
].join('\n');
const MJML = [
  '<mjml><mj-body><mj-section><mj-column>',
  '<mj-text font-size="8px"><a href="*|UNSUB|*">Unsubscribe</a></mj-text>',
  '</mj-column></mj-section></mj-body></mjml>',
].join('\n');

const context: FormatterContext = { cwd: CWD, color: false, rulesMeta: rulesMeta({ rules }), version: '0.1.0' };

async function lintAll(keepRendered: boolean): Promise<LintResult[]> {
  const opts = { config, rules, reportUnusedDisableDirectives: 1 as const, keepRendered };
  return [
    await lintText(TEMPLATE, { ...opts, filename: file('team a/footer, v2.html') }),
    await lintText(MJML, { ...opts, filename: file('promo.mjml') }),
    fatalResult(file('broken.html'), 'File is not text (it contains NUL bytes); is it really an email template?'),
    await lintText('<body><a href="https://example.com/unsubscribe">Unsubscribe</a></body>', { ...opts, filename: file('good.html') }),
  ];
}

let results: LintResult[];
let withRendered: LintResult[];
beforeAll(async () => {
  results = await lintAll(false);
  withRendered = await lintAll(true);
});

describe('the shared findings', () => {
  it('are what the formats below show', () => {
    expect(results.map((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId ?? (m.fatal ? 'fatal' : 'directive')}`))).toEqual([
      ['2:1 1 directive', '3:20 2 unsubscribe-link-href', '3:20 1 unsubscribe-link-text'],
      ['2:26 2 unsubscribe-link-visible'],
      ['1:1 2 fatal'],
      [],
    ]);
    // Only the html report asks for the rendered HTML; every other format sees ESLint's shape.
    expect(results.some((r) => 'rendered' in r)).toBe(false);
    expect(withRendered[1]!.rendered?.html).toMatch(/^<!doctype html>/i);
  });
});

describe('getFormatter', () => {
  it('knows every format', () => {
    expect(Object.keys(formatters)).toEqual(['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit', 'markdown', 'html']);
    expect(() => getFormatter('xml')).toThrow(/Unknown format "xml"; valid formats: stylish, json, sarif, github, gitlab, junit, markdown, html\./);
  });
});

describe('stylish and json', () => {
  it('stylish summarises all files', () => {
    expect(formatters.stylish!(results, context)).toContain('✖ 5 problems (3 errors, 2 warnings)');
  });
  it('json is the results as they are', () => {
    expect(JSON.parse(formatters.json!(results, context))).toEqual(JSON.parse(JSON.stringify(results)));
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const draft4 = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/ajv/lib/refs/json-schema-draft-04.json'), 'utf8')) as object;
  const ajv = new Ajv({ schemaId: 'id', allErrors: true, meta: false });
  ajv.addMetaSchema(draft4);
  const validate = ajv.compile(schema);

  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatters.sarif!(results, context)) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is valid for a clean run and without rule metadata', () => {
    expect(validate(JSON.parse(formatters.sarif!([results[3]!], { cwd: CWD, color: false })))).toBe(true);
  });

  it('has the rules with help URIs and each finding with its physical location', () => {
    const log = JSON.parse(formatters.sarif!(results, context));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('optout-lint');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...rules.map((r) => r.meta.id), 'optout-directive']);
    for (const r of run.tool.driver.rules.slice(0, rules.length)) expect(r.helpUri).toMatch(/^https:\/\/.+\/README\.md$/);
    expect(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
      'optout-directive warning',
      'unsubscribe-link-href error',
      'unsubscribe-link-text warning',
      'unsubscribe-link-visible error',
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'team%20a/footer%2C%20v2.html', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 20, endLine: 3, endColumn: 46 },
    });
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('promo.mjml');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/examples\/$/);
    // The unreadable file is a tool notification, not a result.
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('broken.html');
  });
});

describe('github', () => {
  it('writes one workflow command per finding, escaped', () => {
    expect(formatters.github!(results, context).split('\n')).toEqual([
      "::warning file=team a/footer%2C v2.html,line=2,col=1,endLine=2,endColumn=78,title=optout-directive::Unused optout-disable-next-line directive (no problems were reported from 'unsubscribe-link-visible').",
      '::error file=team a/footer%2C v2.html,line=3,col=20,endLine=3,endColumn=46,title=unsubscribe-link-href::Opt-out link points to "#", a placeholder anchor: use your unsubscribe URL or your ESP\'s tag, e.g. "https://example.com/unsubscribe".',
      expect.stringMatching(
        /^::warning file=team a\/footer%2C v2\.html,line=3,col=20,endLine=3,endColumn=46,title=unsubscribe-link-text::Opt-out link text "click here"/,
      ),
      expect.stringMatching(
        /^::error file=promo\.mjml,line=2,col=26,endLine=2,endColumn=61,title=unsubscribe-link-visible::Opt-out link is too small to read: 8px/,
      ),
      '::error file=broken.html,line=1,col=1,title=fatal::File is not text (it contains NUL bytes); is it really an email template?',
      '',
    ]);
  });

  it('escapes %, newlines, colons and commas', () => {
    const r = fatalResult(file('a:b.html'), '50% done\nnext line');
    expect(formatters.github!([r], context)).toBe('::error file=a%3Ab.html,line=1,col=1,title=fatal::50%25 done%0Anext line\n');
  });

  it('leaves endColumn out when a finding spans lines', () => {
    const r = { ...results[3]!, messages: [{ ruleId: 'x', severity: 2 as const, message: 'm', line: 1, column: 3, endLine: 4, endColumn: 2 }] };
    expect(formatters.github!([r], context)).toBe('::error file=good.html,line=1,col=3,endLine=4,title=x::m\n');
  });
});

describe('gitlab', () => {
  it('writes Code Quality issues with stable, unique fingerprints', () => {
    const issues = JSON.parse(formatters.gitlab!(results, context)) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['optout-directive', 'minor', 'team a/footer, v2.html', 2],
      ['unsubscribe-link-href', 'major', 'team a/footer, v2.html', 3],
      ['unsubscribe-link-text', 'minor', 'team a/footer, v2.html', 3],
      ['unsubscribe-link-visible', 'major', 'promo.mjml', 2],
      ['fatal', 'blocker', 'broken.html', 1],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // Moving a finding down does not change its fingerprint.
    const moved = { ...results[1]!, messages: results[1]!.messages.map((m) => ({ ...m, line: m.line + 10 })) };
    const again = JSON.parse(formatters.gitlab!([moved], context)) as { fingerprint: string }[];
    expect(again[0]!.fingerprint).toBe(issues[3]!.fingerprint);
  });
});

describe('junit', () => {
  it('has a suite per file, failures for findings, errors for unreadable files, a passing case for clean files', () => {
    const xml = formatters.junit!(results, context);
    expect(xml).toContain('<testsuites name="optout-lint" tests="6" failures="4" errors="1">');
    expect(xml).toContain('<testsuite package="org.optout-lint" time="0" tests="3" failures="3" errors="0" name="team a/footer, v2.html">');
    expect(xml).toContain('<error message="File is not text (it contains NUL bytes); is it really an email template?" type="error">');
    expect(xml).toContain('<testcase time="0" name="good.html" classname="good.html" />');
    expect(xml).toContain('message="Opt-out link points to &quot;#&quot;');
    expect(wellFormed(xml)).toBe(true);
  });

  it('escapes markup and CDATA terminators in messages', () => {
    const r = fatalResult(file('x.html'), 'bad ]]> <tag> & "quote"\u0001');
    const xml = formatters.junit!([r], context);
    expect(xml).toContain('message="bad ]]&gt; &lt;tag&gt; &amp; &quot;quote&quot;"');
    expect(xml).toContain('<![CDATA[line 1, col 1, Error - bad ]]]]><![CDATA[> <tag>');
    expect(wellFormed(xml)).toBe(true);
  });
});

describe('markdown', () => {
  it('has a headline and one row per finding with rule links', () => {
    const md = formatters.markdown!(results, context);
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe('### optout-lint: ✖ 5 problems (3 errors, 2 warnings)');
    expect(lines[2]).toBe('3 templates with problems, out of 4 checked.');
    expect(lines.filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'))).toHaveLength(5);
    expect(md).toContain(
      '| ❌ error | `team a/footer, v2.html:3:20` | [unsubscribe-link-href](https://github.com/optout-lint/optout-lint/blob/main/rules/unsubscribe-link-href/README.md) | Opt-out link points to "\\#"',
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatters.markdown!([results[3]!], context)).toBe('### optout-lint: ✔ no problems\n\n1 template checked.\n');
  });

  it('escapes table pipes and raw HTML', () => {
    const r = fatalResult(file('x.html'), 'a | b <img src=x>');
    expect(formatters.markdown!([r], context)).toContain('| a \\| b \\<img src=x\\> |');
  });
});

describe('html', () => {
  const report = () => formatters.html!(withRendered, context);

  it('is one self-contained page: no scripts, no external resources of its own', () => {
    const page = report();
    const outer = parseOuter(page);
    expect(outer.scripts).toBe(0);
    expect(outer.links).toBe(0);
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(page).toContain('script-src &#39;none&#39;');
  });

  it('renders each linted template in a sandboxed iframe with the findings marked and numbered', () => {
    const outer = parseOuter(report());
    expect(outer.iframes.map((f) => f.sandbox)).toEqual(['', '']);
    const [htmlPreview, mjmlPreview] = outer.iframes.map((f) => f.srcdoc);
    // HTML: the link carries findings 2 and 3 (error + warning); the unused directive has no element.
    expect(htmlPreview).toContain('<a data-optout-finding="2 3" data-optout-severity="error" href="#">click here</a>');
    expect(htmlPreview).toContain('<style id="optout-lint-marks">');
    // MJML: the compiled HTML is shown, marked at the compiled link.
    expect(mjmlPreview).toMatch(/<a data-optout-finding="1" data-optout-severity="error" href="\*\|UNSUB\|\*"/);
    expect(outer.text).toContain('not in preview');
    expect(outer.text).toContain('File is not text');
    expect(outer.text).toContain('No preview: the file could not be linted.');
  });

  it('marks .html files from line and column when the rendered HTML was not kept', () => {
    const outer = parseOuter(formatters.html!(results, context));
    expect(outer.iframes).toHaveLength(1);
    expect(outer.iframes[0]!.srcdoc).toContain('<a data-optout-finding="2 3"');
  });

  it('escapes the template: markup in it cannot leave the srcdoc attribute', () => {
    const evil = '<body>"><script>alert(1)</script></iframe><img src=x onerror=alert(1)> <a href="#">Unsubscribe</a></body>';
    const page = formatters.html!(
      [
        {
          ...results[3]!,
          messages: [{ ruleId: 'unsubscribe-link-href', severity: 2, message: '<b>x</b>', line: 1, column: evil.indexOf('<a href') + 1 }],
          errorCount: 1,
          source: evil,
        },
      ],
      context,
    );
    const outer = parseOuter(page);
    expect(outer.scripts).toBe(0);
    expect(outer.iframes).toHaveLength(1);
    expect(outer.iframes[0]!.srcdoc).toContain('<script>alert(1)</script>');
    expect(outer.iframes[0]!.srcdoc).toContain('<a data-optout-finding="1" data-optout-severity="error" href="#">');
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('markFindings puts a pin where a finding starts in text, and skips head elements', () => {
    const text = '<html><head><title>t</title></head><body><p>Hello world</p></body></html>';
    const { html, marked } = markFindings(
      text,
      [
        { index: 0, start: text.indexOf('world') },
        { index: 1, start: text.indexOf('<title') },
      ],
      new Map([
        [0, 1],
        [1, 2],
      ]),
    );
    expect(html).toContain('Hello <span class="optout-lint-pin" data-optout-finding="1" data-optout-severity="warning"></span>world');
    expect([...marked]).toEqual([0]);
  });
});

function wellFormed(xml: string): boolean {
  let ok = true;
  const stack: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name) => stack.push(name),
      onclosetag: (name) => {
        if (stack.pop() !== name) ok = false;
      },
      onerror: () => {
        ok = false;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml.replace(/^<\?xml[^>]*\?>/, ''));
  return ok && stack.length === 0;
}

function parseOuter(page: string): { iframes: { sandbox: string | undefined; srcdoc: string }[]; scripts: number; links: number; text: string } {
  const out = { iframes: [] as { sandbox: string | undefined; srcdoc: string }[], scripts: 0, links: 0, text: '' };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'iframe') out.iframes.push({ sandbox: attribs.sandbox, srcdoc: attribs.srcdoc ?? '' });
        if (name === 'script') out.scripts++;
        if (name === 'link' || (name === 'img' && attribs.src)) out.links++;
      },
      ontext(t) {
        out.text += t;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(page);
  return out;
}
