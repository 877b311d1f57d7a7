// Template composition in the engine, with an in-memory loader: how each system resolves includes, partial
// blocks, layouts and blocks, where findings in partials point, and the limits on hostile projects.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { expandTemplate, ExpansionError, type Expansion } from '../../linter/templates/expand.ts';
import { handlebarsLanguage } from '../../linter/templates/handlebars.ts';
import { liquidLanguage } from '../../linter/templates/liquid.ts';
import { djangoLanguage, jinjaLanguage } from '../../linter/templates/jinja.ts';
import { goLanguage } from '../../linter/templates/go.ts';
import { maizzleLanguage } from '../../linter/templates/maizzle.ts';
import { tailwindStyles } from '../../linter/templates/tailwind.ts';
import { templateBuilder } from '../../linter/templates/builder.ts';
import type { TemplateLanguage, TemplateLoader } from '../../linter/templates/types.ts';
import { lintText } from '../support/lint.ts';
import { growth, linearBound } from '../support/growth.ts';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';
import type { LintResult } from '../../linter/types.ts';

/** A loader over a map of files: names resolve next to the including file, then at the root, trying the language's endings. */
function memoryLoader(files: Record<string, string>): TemplateLoader {
  return {
    display: (p) => p.replace(/^\/p\//, ''),
    load(name, from, language) {
      const names = path.extname(name) ? [name] : language.partialExtensions.map((ext) => name + ext);
      for (const dir of [path.dirname(from), '/p', '/p/partials']) {
        for (const n of names) {
          const file = path.resolve(dir, n);
          if (!file.startsWith('/p/')) return { problem: `Partial "${name}" is outside the project.` };
          if (Object.hasOwn(files, file)) return { path: file, text: files[file]! };
        }
      }
      return { problem: `Partial "${name}" not found.` };
    },
  };
}

function expand(language: TemplateLanguage, entry: string, files: Record<string, string>, maxLength = 1 << 20): Expansion {
  return expandTemplate({ entry: { path: '/p/entry', text: entry }, language, loader: memoryLoader(files), maxLength });
}

async function lint(language: TemplateLanguage, entry: string, files: Record<string, string>, filename = '/p/entry.tpl'): Promise<LintResult> {
  const builder = templateBuilder(language, { loader: () => memoryLoader(files), isPartial: (f) => f.includes('/partials/') });
  const config = resolveConfig([], { rules, presets });
  return lintText(entry, { filename, config, rules, builders: [{ ...builder, extensions: ['.tpl'] }] });
}

beforeAll(async () => {
  await handlebarsLanguage.prepare?.();
  await liquidLanguage.prepare?.();
});

const FOOTER = '<p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>\n<p><a href="https://acme.example/unsubscribe">Unsubscribe</a></p>';
const HIDDEN_FOOTER =
  '<p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>\n<p style="display:none"><a href="https://acme.example/unsubscribe">Unsubscribe</a></p>';

describe('Handlebars', () => {
  it('replaces {{> name}} with the partial, also inside blocks and both branches of {{#if}}', () => {
    const e = expand(handlebarsLanguage, '<p>A</p>{{#if vip}}{{> gold}}{{else}}{{> plain}}{{/if}}', {
      '/p/partials/gold.hbs': 'GOLD',
      '/p/partials/plain.hbs': 'PLAIN',
    });
    expect(e.text).toBe('<p>A</p>{{#if vip}}GOLD{{else}}PLAIN{{/if}}');
    expect([...e.dependencies.keys()]).toEqual(['/p/partials/gold.hbs', '/p/partials/plain.hbs']);
  });

  it('wraps a partial block in its layout at {{> @partial-block}}', () => {
    const e = expand(handlebarsLanguage, '{{#> layout}}<b>body</b>{{/layout}}', {
      '/p/layout.hbs': '<main>{{> @partial-block}}</main>{{> footer}}',
      '/p/footer.hbs': 'F',
    });
    expect(e.text).toBe('<main><b>body</b></main>F');
  });

  it('fills a layout with the inline partials of a partial block ({{#*inline}}), and lets a template include its own', () => {
    const layout = '<main>{{> content}}</main>{{> footer}}';
    const e = expand(handlebarsLanguage, '{{#> layout}}{{#*inline "content"}}<b>body</b>{{/inline}}{{/layout}}', {
      '/p/layout.hbs': layout,
      '/p/footer.hbs': 'F',
    });
    expect(e.text).toBe('<main><b>body</b></main>F');
    expect(e.problems).toEqual([]);
    expect(expand(handlebarsLanguage, '{{#*inline "x"}}X{{/inline}}a{{> x}}b{{> x}}', {}).text).toBe('aXbX');
  });

  it('does not read partials named in comments', () => {
    expect(expand(handlebarsLanguage, '{{!-- {{> footer}} --}}x', {}).problems).toEqual([]);
  });

  it('reports a dynamic partial as unresolvable, and a missing one with the loader’s words', () => {
    const e = expand(handlebarsLanguage, '{{> (pick)}} {{> nope}}', {});
    expect(e.problems.map((p) => p.message)).toEqual([
      'Cannot resolve the dynamic partial in {{> (pick)}}: its name is computed when the email is sent, so what it includes is not checked.',
      'Partial "nope" not found.',
    ]);
    expect(e.problems.map((p) => p.site)).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 23 },
    ]);
  });

  it('names an include cycle and leaves the repeated include out', () => {
    const e = expand(handlebarsLanguage, '{{> a}}', { '/p/a.hbs': 'A{{> b}}', '/p/b.hbs': 'B{{> a}}' });
    expect(e.text).toBe('AB');
    expect(e.problems[0]!.message).toBe('Include cycle: a.hbs → b.hbs → a.hbs; the repeated include is left out.');
  });

  it('stops a partial included twice per level, 24 levels deep, at the length limit', () => {
    const files: Record<string, string> = { '/p/l24.hbs': 'x'.repeat(10) };
    for (let i = 0; i < 24; i++) files[`/p/l${i}.hbs`] = `{{> l${i + 1}}}{{> l${i + 1}}}`;
    const started = { count: 0 };
    const loader = memoryLoader(files);
    const counting: TemplateLoader = { ...loader, load: (...args) => (started.count++, loader.load(...args)) };
    expect(() => expandTemplate({ entry: { path: '/p/entry', text: '{{> l0}}' }, language: handlebarsLanguage, loader: counting, maxLength: 1 << 20 })).toThrow(
      ExpansionError,
    );
    // Counted, not timed: it gave up after about a million characters, long before 2^24 includes.
    expect(started.count).toBeLessThan(300_000);
  });

  it('refuses includes nested deeper than 32 levels', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`/p/d${i}.hbs`] = `{{> d${i + 1}}}`;
    expect(() => expand(handlebarsLanguage, '{{> d0}}', files)).toThrow(/nest deeper than 32 levels/);
  });
});

describe('Liquid', () => {
  it('reads include, render (quoted and Jekyll bare names) and section, not inside raw or comment', () => {
    const e = expand(
      liquidLanguage,
      "{% include 'a' %}{% render \"b\", x: 1 %}{% include c.html %}{% section 'd' %}{% raw %}{% include 'no' %}{% endraw %}{% comment %}{% render 'no' %}{% endcomment %}",
      {
        '/p/a.liquid': 'A',
        '/p/b.liquid': 'B',
        '/p/c.html': 'C',
        '/p/sections/d.liquid': 'D',
      },
    );
    expect(e.problems).toEqual([]);
    expect(e.text.startsWith('ABCD')).toBe(true);
  });

  it("puts the template into its layout's {{ content_for_layout }}", () => {
    const e = expand(liquidLanguage, "{% layout 'theme' %}<p>Sale</p>", {
      '/p/theme.liquid': '<body>{{ content_for_layout }}{% render "footer" %}</body>',
      '/p/footer.liquid': 'F',
    });
    expect(e.text).toBe('<body><p>Sale</p>F</body>');
  });

  it('reads a Jekyll layout from the front matter into {{ content }}', () => {
    const e = expand(liquidLanguage, '---\nlayout: mail\n---\n<p>Hi</p>', { '/p/mail.html': '<body>{{ content }}</body>' });
    expect(e.text).toBe('<body><p>Hi</p></body>');
  });
});

describe('Nunjucks, Jinja, Twig', () => {
  it("replaces the layout's blocks with the child's, keeps the layout's where the child has none, and super() keeps the parent", () => {
    const layout =
      '<title>{% block title %}Shop{% endblock %}</title><main>{% block main %}default{% endblock %}</main>{% block footer %}{% include "footer.njk" %}{% endblock %}';
    const child = '{% extends "base.njk" %}ignored text{% block main %}<p>Sale</p>{% endblock %}{% block title %}{{ super() }} · Sale{% endblock %}';
    const e = expand(jinjaLanguage, child, { '/p/base.njk': layout, '/p/footer.njk': 'F' });
    expect(e.text).toBe('<title>Shop · Sale</title><main><p>Sale</p></main>F');
  });

  it('reads Twig parent(), drops {# comments #}, skips raw, and lets "ignore missing" be missing', () => {
    const e = expand(jinjaLanguage, '{# {% include "x" %} #}{% raw %}{% include "y" %}{% endraw %}{% include "gone.njk" ignore missing %}ok', {});
    expect(e.problems).toEqual([]);
    expect(e.text).toBe('{% raw %}{% include "y" %}{% endraw %}ok'); // a comment renders nothing
  });

  it('expands macros where they are called: defined in the file, imported with from…import (renamed) or import…as', () => {
    const macros = '{% macro footer(url) %}<a href="{{ url }}">Unsubscribe</a>{% endmacro %}{% macro button(x) %}[{{ x }}]{% endmacro %}';
    const files = { '/p/macros.njk': macros };
    expect(expand(jinjaLanguage, '{% macro hi() %}HI{% endmacro %}{{ hi() }}', {}).text).toBe('HI');
    expect(expand(jinjaLanguage, '{% from "macros.njk" import footer as f %}{{ f("u") }}', files).text).toBe('<a href="{{ url }}">Unsubscribe</a>');
    expect(expand(jinjaLanguage, '{% import "macros.njk" as ui %}{{ ui.button("go") | safe }}', files).text).toBe('[{{ x }}]');
    // A call that is no macro (a function, a filter) stays text, and is not a missing partial.
    const e = expand(jinjaLanguage, '{{ range(3) }}{{ ui.nope() }}', {});
    expect([e.text, e.problems]).toEqual(['{{ range(3) }}{{ ui.nope() }}', []]);
  });

  it("a child's imported macros work inside its blocks, where the layout puts them", () => {
    const files = { '/p/base.njk': '<body>{% block content %}{% endblock %}</body>', '/p/macros.njk': '{% macro footer() %}F{% endmacro %}' };
    const e = expand(jinjaLanguage, '{% extends "base.njk" %}{% from "macros.njk" import footer %}{% block content %}x{{ footer() }}{% endblock %}', files);
    expect(e.text).toBe('<body>xF</body>');
  });

  it('stops at an unclosed tag in linear time (the rest is text)', () => {
    expect(jinjaLanguage.scan(`${'{% '.repeat(100_000)}`)).toEqual([]);
  });
});

describe('Go templates', () => {
  /** A loader whose Go template set is every file given (the Node host lists the folders). */
  const goLoader = (files: Record<string, string>): TemplateLoader => ({
    ...memoryLoader(files),
    findDefinition(name) {
      const file = Object.keys(files).find((f) => new RegExp(`\\{\\{-?\\s*define\\s+"${name}"`).test(files[f]!));
      return file ? { path: file, text: files[file]! } : undefined;
    },
  });
  const goExpand = (entry: string, files: Record<string, string>) =>
    expandTemplate({ entry: { path: '/p/entry', text: entry }, language: goLanguage, loader: goLoader(files), maxLength: 1 << 20 });

  it('{{ template }} renders a define of this file or of the set; defines render nothing in place; comments and strings with }} are read as Go reads them', () => {
    const e = goExpand('{{/* {{ template "x" }} */}}{{ define "own" }}OWN{{ end }}<p>{{ printf "}}" }}</p>{{ template "own" . }}|{{- template "footer" . -}}', {
      '/p/base.html': '{{ define "footer" }}<footer>{{ if .A }}A{{ else }}B{{ end }}{{ template "addr" . }}</footer>{{ end }}{{ define "addr" }}ADDR{{ end }}',
    });
    expect(e.text).toBe('{{/* {{ template "x" }} */}}<p>{{ printf "}}" }}</p>OWN|<footer>{{ if .A }}A{{ else }}B{{ end }}ADDR</footer>');
    expect(e.problems).toEqual([]);
  });

  it('{{ block }} renders the template of that name in scope, else its own body', () => {
    expect(goExpand('{{ block "footer" . }}DEFAULT{{ end }}', {}).text).toBe('DEFAULT');
    expect(goExpand('{{ define "footer" }}MINE{{ end }}{{ block "footer" . }}DEFAULT{{ end }}', {}).text).toBe('MINE');
  });

  it('an undefined name is a warning, "content" (the campaign body) none; a template calling itself is cut once', () => {
    const e = goExpand('{{ template "content" . }}{{ template "nav" . }}{{ define "loop" }}L{{ template "loop" . }}{{ end }}{{ template "loop" . }}', {});
    expect(e.text).toBe('L');
    expect(e.problems.map((p) => [p.kind, p.name])).toEqual([
      ['external', 'nav'],
      ['cycle', 'loop'],
    ]);
  });

  it('Hugo partials and templates named after a file include that file', () => {
    const e = goExpand('{{ partial "footer.html" . }}|{{ template "legal.tmpl" . }}', { '/p/partials/footer.html': 'FOOT', '/p/legal.tmpl': 'LEGAL' });
    expect(e.text).toBe('FOOT|LEGAL');
  });

  it('a file made only of defines is a partial; claims .html files by their Go actions only', () => {
    const defines = '{{/* shared */}}\n{{ define "a" }}x{{ end }}\n{{ define "b" }}y{{ end }}\n';
    expect(goLanguage.partialByContent!(defines, goLanguage.scan(defines))).toContain('only defines');
    expect(goLanguage.partialByContent!('<p>hi</p>{{ define "a" }}x{{ end }}', goLanguage.scan('<p>hi</p>{{ define "a" }}x{{ end }}'))).toBeUndefined();
    expect(goLanguage.claims!('{{ template "header" . }}')).toBe(true);
    expect(goLanguage.claims!('<a href="{{unsubscribe}}">{{ first_name }}</a>')).toBe(false);
  });
});

describe('Django and Jinja translations', () => {
  it('{% trans %} and {{ _() }} render their text, blocktrans its body, {{ block.super }} the parent block', () => {
    const e = expand(
      djangoLanguage,
      '{% extends "base.html" %}{% block f %}{{ block.super }}<a>{% trans "Unsubscribe" %}</a>{% blocktrans %}Bye {{ n }}{% endblocktrans %}{{ _("Manage \\"it\\"") }}{% trans "Hidden" as hidden %}{% endblock %}',
      { '/p/base.html': '{% comment %}{% include "gone.html" %}{% endcomment %}<body>{% block f %}BASE{% endblock %}</body>' },
    );
    expect(e.text).toBe('<body>BASE<a>Unsubscribe</a>Bye {{ n }}Manage "it"</body>');
    expect(e.problems).toEqual([]);
  });

  it('Django and the Jinja family claim .html files by their tags; plain HTML is left alone', () => {
    expect(djangoLanguage.claims!('{% load i18n %}<p>x</p>')).toBe(true);
    expect(djangoLanguage.claims!('{% extends "a.html" %}')).toBe(false);
    expect(jinjaLanguage.claims!('{% extends "a.html" %}')).toBe(true);
    expect(jinjaLanguage.claims!('<p>{% unsubscribe %} {% if x %}</p>')).toBe(false);
  });

  it('findings in a translated link text point at the tag', async () => {
    const r = await lint(djangoLanguage, '<p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>\n<p><a href="#">{% trans "Unsubscribe" %}</a></p>', {});
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['unsubscribe-link-href', 2, 4]]);
  });
});

describe('Maizzle', () => {
  it('<x-…> components with <yield />, <component src> with <content>, front matter skipped', () => {
    const e = expand(maizzleLanguage, '---\ntitle: Hi\n---\n<x-main><h1>Hi</h1><x-footer /><component src="partials/legal.html">LEGAL</component></x-main>', {
      '/p/partials/main.html': '<body><yield /></body>',
      '/p/partials/footer.html': '<p>FOOT</p>',
      '/p/partials/legal.html': '<small><content></content></small>',
    });
    expect(e.text).toBe('<body><h1>Hi</h1><p>FOOT</p><small>LEGAL</small></body>');
  });

  it('<extends> with <block>: a block replaces the layout\'s, type="append" keeps it first; text outside blocks is not rendered', () => {
    const layout = '<body><block name="main">M</block><block name="footer">ADDRESS</block></body>';
    const child = (type: string) => `<extends src="layout.html">ignored<block name="main">MAIN</block><block name="footer"${type}>+OPT-OUT</block></extends>`;
    expect(expand(maizzleLanguage, child(''), { '/p/layout.html': layout }).text).toBe('<body>MAIN+OPT-OUT</body>');
    expect(expand(maizzleLanguage, child(' type="append"'), { '/p/layout.html': layout }).text).toBe('<body>MAINADDRESS+OPT-OUT</body>');
    expect(expand(maizzleLanguage, child(' type="prepend"'), { '/p/layout.html': layout }).text).toBe('<body>MAIN+OPT-OUTADDRESS</body>');
  });

  it('Tailwind classes become a style sheet: palette colours, sizes, arbitrary values, hiding, sm:/dark: variants; unknown ones are left', () => {
    const css = tailwindStyles(
      '<a class="text-slate-500 text-xs text-[#4a4a4a] text-[10px] bg-white hidden sm:hidden dark:text-gray-900 hover:text-red-500 text-brand-500 opacity-50">',
    );
    expect(css.split('\n')).toEqual([
      '.text-slate-500{color:#64748b}',
      '.text-xs{font-size:12px}',
      '.text-\\[\\#4a4a4a\\]{color:#4a4a4a}',
      '.text-\\[10px\\]{font-size:10px}',
      '.bg-white{background-color:#ffffff}',
      '.hidden{display:none}',
      '@media (max-width: 600px){.sm\\:hidden{display:none}}',
      '@media (prefers-color-scheme: dark){.dark\\:text-gray-900{color:#111827}}',
      '.opacity-50{opacity:0.5}',
    ]);
  });

  it("a link faint by its Tailwind class is reported at the component tag, with the component's line", async () => {
    const builder = templateBuilder(maizzleLanguage, {
      loader: () =>
        memoryLoader({
          '/p/partials/footer.html':
            '<p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>\n<a href="https://acme.example/unsubscribe" class="text-gray-100">Unsubscribe</a>',
        }),
      isPartial: () => false,
    });
    const config = resolveConfig([], { rules, presets });
    const r = await lintText('<!doctype html><html lang="en"><body>\n<x-footer />\n</body></html>', {
      filename: '/p/entry.tpl',
      config,
      rules,
      builders: [{ ...builder, extensions: ['.tpl'] }],
    });
    const faint = r.messages.find((m) => m.ruleId === 'unsubscribe-link-visible');
    expect(faint).toMatchObject({ line: 2, column: 1, origin: { filePath: '/p/partials/footer.html', line: 2 } });
    expect(faint?.message).toContain('#f3f4f6');
  });
});

describe('linting a composed template', () => {
  it('finds the opt-out in a partial: no false "No opt-out link found"', async () => {
    const r = await lint(handlebarsLanguage, '<html><body><p>Hi</p>{{> footer}}</body></html>', { '/p/footer.hbs': FOOTER });
    expect(r.messages).toEqual([]);
  });

  it('points a finding in a partial at the include tag, says where in the partial, and gives its origin', async () => {
    const r = await lint(handlebarsLanguage, '<html><body>\n<p>Hi</p>\n  {{> footer}}</body></html>', { '/p/footer.hbs': HIDDEN_FOOTER });
    const hidden = r.messages.find((m) => m.ruleId === 'unsubscribe-link-visible')!;
    expect(hidden).toMatchObject({ line: 3, column: 3, endLine: 3, endColumn: 15, origin: { filePath: '/p/footer.hbs', line: 2, column: 25 } });
    expect(hidden.message).toContain('(in footer.hbs:2:25)');
  });

  it('keeps positions of the entry’s own text after an include', async () => {
    const r = await lint(
      handlebarsLanguage,
      '<html><body>{{> footer}}\n<p style="display:none"><a href="https://acme.example/unsubscribe">Unsubscribe</a></p></body></html>',
      { '/p/footer.hbs': FOOTER },
    );
    const hidden = r.messages.filter((m) => m.ruleId === 'unsubscribe-link-visible');
    expect(hidden).toEqual([]); // the footer's visible link is enough
    const r2 = await lint(
      handlebarsLanguage,
      '<html><body>{{> footer}}\n<p style="display:none"><a href="https://acme.example/unsubscribe">Unsubscribe</a></p></body></html>',
      { '/p/footer.hbs': HIDDEN_FOOTER },
    );
    const lines = r2.messages.filter((m) => m.ruleId === 'unsubscribe-link-visible').map((m) => [m.line, m.column, m.origin?.filePath]);
    expect(lines).toEqual([
      [1, 13, '/p/footer.hbs'],
      [2, 25, undefined],
    ]);
  });

  it('an entry whose include cannot be resolved gets that error, and is judged on the rest, saying so', async () => {
    const r = await lint(handlebarsLanguage, '<html><body><p>Hi</p>{{> footer}}</body></html>', {});
    const byRule = new Map(r.messages.map((m) => [m.ruleId, m]));
    expect([...byRule.keys()].map(String).sort()).toEqual(['null', 'postal-address', 'sender-identity', 'unsubscribe-link-present']);
    expect(byRule.get(null)).toMatchObject({ severity: 2, message: 'Partial "footer" not found.' });
    for (const id of ['postal-address', 'sender-identity', 'unsubscribe-link-present']) {
      expect(byRule.get(id)!.message).toMatch(/\(judged without "footer", which could not be included\)$/);
    }
  });

  it('a partial by its place gets the per-link rules only', async () => {
    const r = await lint(handlebarsLanguage, '<p>Thanks for reading.</p>', {}, '/p/partials/footer.tpl');
    expect(r.messages).toEqual([]);
    const hidden = await lint(handlebarsLanguage, HIDDEN_FOOTER, {}, '/p/partials/footer.tpl');
    expect(hidden.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-visible']);
  });

  it('an expansion past the limit is one clear fatal message', async () => {
    const files: Record<string, string> = { '/p/l24.hbs': 'x'.repeat(10) };
    for (let i = 0; i < 24; i++) files[`/p/l${i}.hbs`] = `{{> l${i + 1}}}{{> l${i + 1}}}`;
    const r = await lint(handlebarsLanguage, '{{> l0}}', files);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(r.messages[0]!.message).toMatch(/^The composed template (?:grows past \d+ characters|has more than \d+ pieces) \(a partial included too often\?\)/);
  });
});

describe('hostile templates', () => {
  /** Tags left open, unclosed comments and quotes, repeated: each language reads them in linear time. */
  const hostile = (n: number) => {
    const fill = (unit: string, tail = '') => unit.repeat(Math.ceil((2000 * n) / unit.length)).slice(0, 2000 * n) + tail;
    return [
      fill('<extends src="a" '),
      fill('<component '),
      fill('<extends '),
      fill('<x-a "'),
      fill('<!--', '<x-a>'),
      fill('<link rel="stylesheet" href="a.css" '),
      fill('{{ define "a" }}'),
      fill('{{ "'),
      fill('{{/* '),
      fill('{% trans "'),
      fill('{{ _("'),
      fill('<component src="a">'),
    ];
  };

  it('scanning and claiming grow linearly (2 KB → 32 KB per pattern)', () => {
    const languages = [goLanguage, maizzleLanguage, djangoLanguage, jinjaLanguage];
    const run = (texts: string[]) => {
      for (const text of texts) {
        for (const language of languages) {
          language.claims?.(text);
          language.partialByContent?.(text, language.scan(text));
        }
        expand(maizzleLanguage, text, {});
      }
    };
    expect(growth(hostile, run)).toBeLessThan(linearBound());
  });
});
