import { describe, it, expect } from 'vitest';
import { growth, linearBound } from '../test/support/growth.ts';
import { parseHtml, elements, textOf } from './dom.ts';

describe('parseHtml', () => {
  it('keeps offsets of elements', () => {
    const html = '<body>\n  <a href="x">Hi</a></body>';
    const a = elements(parseHtml(html).root).find((e) => e.name === 'a')!;
    expect(html.slice(a.startIndex!, a.endIndex! + 1)).toBe('<a href="x">Hi</a>');
  });

  it('splices Outlook-only content into the tree with offsets into the original text', () => {
    const html = '<body><!--[if mso]><table><tr><td><a href="u">Unsubscribe</a></td></tr></table><![endif]--></body>';
    const parsed = parseHtml(html);
    const a = elements(parsed.root).find((e) => e.name === 'a')!;
    expect(html.slice(a.startIndex!, a.endIndex! + 1)).toBe('<a href="u">Unsubscribe</a>');
    expect(parsed.conditionals).toEqual([{ start: 6, end: html.length - 7, onlyIn: 'outlook', condition: 'mso' }]);
    expect(a.parent?.type).toBe('tag');
  });

  it('records downlevel-revealed blocks as not-in-Outlook', () => {
    const html = '<body><!--[if !mso]><!--><p>x</p><!--<![endif]--></body>';
    expect(parseHtml(html).conditionals).toEqual([{ start: 6, end: 49, onlyIn: 'others', condition: '!mso' }]);
  });

  it('treats ordinary comments as not part of the email', () => {
    const parsed = parseHtml('<body><!-- <a href="u">Unsubscribe</a> --></body>');
    expect(elements(parsed.root).some((e) => e.name === 'a')).toBe(false);
    expect(parsed.comments).toHaveLength(1);
  });

  it('refuses absurd nesting with a clear message instead of going quadratic', () => {
    const nested = (n: number) => '<div>'.repeat(n) + '</div>'.repeat(n);
    expect(() => parseHtml(nested(200_000))).toThrow(/nest about 200000 levels deep \(limit 10000\)/);
    const refuse = (html: string) => expect(() => parseHtml(html)).toThrow(/levels deep/);
    expect(growth((k) => nested(25_000 * k), refuse)).toBeLessThan(linearBound());
  });

  it('survives deep nesting without recursion', () => {
    const depth = 9_000;
    const html = '<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth);
    const parsed = parseHtml(html);
    expect(elements(parsed.root)).toHaveLength(depth);
    expect(textOf(parsed.root)).toBe('x');
  });
});
