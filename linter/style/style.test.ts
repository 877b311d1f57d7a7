import { describe, it, expect } from 'vitest';
import { parseHtml, elements } from '../dom.ts';
import { StyleResolver, resolveFontSize } from './resolver.ts';
import { contrastRatio, parseColor } from './color.ts';
import { fontShorthandSize } from './declarations.ts';
import { cachedSelectorCount } from './selectors.ts';

function setup(html: string) {
  const parsed = parseHtml(html);
  const styles = new StyleResolver(parsed.root);
  const byId = (id: string) => elements(parsed.root).find((e) => e.attribs.id === id)!;
  return { styles, byId };
}

describe('cascade', () => {
  it('specificity: id beats class beats tag; later wins on ties', () => {
    const { styles, byId } = setup(
      '<style>#x{color:red} .c{color:blue} p{color:green} .c{color:navy}</style><p id="x" class="c">t</p><p id="y" class="c">t</p>',
    );
    expect(styles.value(byId('x'), 'color')).toBe('red');
    expect(styles.value(byId('y'), 'color')).toBe('navy');
  });
  it('inline beats the sheet, !important in the sheet beats inline', () => {
    const { styles, byId } = setup(
      '<style>.c{color:blue} .d{color:blue!important}</style><p id="a" class="c" style="color:red">t</p><p id="b" class="d" style="color:red">t</p>',
    );
    expect(styles.value(byId('a'), 'color')).toBe('red');
    expect(styles.value(byId('b'), 'color')).toBe('blue');
  });
  it('ignores @media print and applies other media rules only under a condition where they hold', () => {
    const { styles, byId } = setup('<style>@media print{#a{display:none}} @media (max-width:600px){#a{display:none}}</style><p id="a">t</p>');
    expect(styles.value(byId('a'), 'display')).toBeUndefined();
    expect(styles.mediaTexts()).toEqual(['(max-width:600px)']);
    expect(styles.under((m) => m === '(max-width:600px)').value(byId('a'), 'display')).toBe('none');
    expect(styles.under(() => false).value(byId('a'), 'display')).toBeUndefined();
  });
  it("Outlook.com's dark-mode selectors restyle their target only in that condition", () => {
    const { styles, byId } = setup('<style>[data-ogsc] .f a{color:#fff!important} .f a{color:#111}</style><p class="f"><a id="a" href="#">x</a></p>');
    expect(styles.value(byId('a'), 'color')).toBe('#111');
    expect(styles.mediaTexts()).toEqual(['[data-ogsc]']);
    expect(styles.under((m) => m === '[data-ogsc]').value(byId('a'), 'color')).toBe('#fff');
  });
  it('legacy attributes are presentational hints below any author CSS', () => {
    const { styles, byId } = setup(
      '<style>td{background-color:#000}</style><table><tr><td id="t" bgcolor="#fff"><font id="f" color="#777" size="1">x</font></td></tr></table>',
    );
    expect(styles.value(byId('t'), 'background-color')).toBe('#000');
    expect(styles.value(byId('f'), 'color')).toBe('#777');
    expect(styles.fontSizePx(byId('f'))).toBe(10);
  });
  it('tolerates broken CSS', () => {
    const { styles, byId } = setup('<style>.a{color:red} }}} .b{ color: </style><p id="p" class="a">x</p>');
    expect(styles.value(byId('p'), 'color')).toBe('red');
  });
});

describe('font size', () => {
  it('inherits and resolves em, %, pt, keywords', () => {
    const { styles, byId } = setup(
      '<div style="font-size:20px"><p id="a" style="font-size:50%"><span id="b" style="font-size:1.5em">x</span></p><p id="c" style="font-size:9pt">x</p><p id="d" style="font-size:x-small">x</p></div>',
    );
    expect(styles.fontSizePx(byId('a'))).toBe(10);
    expect(styles.fontSizePx(byId('b'))).toBe(15);
    expect(styles.fontSizePx(byId('c'))).toBe(12);
    expect(styles.fontSizePx(byId('d'))).toBe(10);
  });
  it('a child resets a zero-size wrapper', () => {
    const { styles, byId } = setup('<div id="w" style="font-size:0"><span id="s" style="font-size:14px">x</span><span id="z">y</span></div>');
    expect(styles.fontSizePx(byId('w'))).toBe(0);
    expect(styles.fontSizePx(byId('s'))).toBe(14);
    expect(styles.fontSizePx(byId('z'))).toBe(0);
  });
  it('reads the size out of the font shorthand', () => {
    expect(fontShorthandSize('italic bold 12px/30px Georgia, serif')).toBe('12px');
    expect(fontShorthandSize('11px Arial')).toBe('11px');
    expect(resolveFontSize('smaller', 12)).toBe(10);
  });
});

describe('colour and contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777777')!, parseColor('white')!)).toBeCloseTo(4.48, 2);
    expect(parseColor('ffffff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });
  it('finds the nearest painted background, blending translucent layers', () => {
    const { styles, byId } = setup(
      '<table bgcolor="#000000"><tr><td><p id="p" style="background:rgba(255,255,255,0.5)">x</p><p id="q">y</p></td></tr></table>',
    );
    expect(styles.background(byId('q')).color).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(styles.background(byId('p')).color).toEqual({ r: 128, g: 128, b: 128, a: 1 });
  });
  it('a link keeps the UA link colour unless the author sets one', () => {
    const { styles, byId } = setup(
      '<body link="#ff0000"><p style="color:#fff"><a id="a" href="x">x</a><a id="b" href="x" style="color:inherit">y</a></p></body>',
    );
    expect(styles.color(byId('a'))).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(styles.color(byId('b'))).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });
});

describe('compiled selectors are shared across documents', () => {
  it('the same selector matches by each document’s own tree', () => {
    const sheet = '<style>td.footer a{display:none} .x > p{color:red}</style>';
    const one = setup(`${sheet}<table><tr><td class="footer"><a id="a" href="x">u</a></td></tr></table><div class="x"><p id="p">t</p></div>`);
    const two = setup(`${sheet}<table><tr><td><a id="a" href="x">u</a></td></tr></table><div class="y"><p id="p">t</p></div>`);
    const three = setup(`${sheet}<table><tr><td class="footer"><span><a id="a" href="x">u</a></span></td></tr></table><div class="x"><p id="p">t</p></div>`);
    expect(one.styles.value(one.byId('a'), 'display')).toBe('none');
    expect(two.styles.value(two.byId('a'), 'display')).toBeUndefined();
    expect(three.styles.value(three.byId('a'), 'display')).toBe('none');
    expect(one.styles.value(one.byId('p'), 'color')).toBe('red');
    expect(two.styles.value(two.byId('p'), 'color')).toBeUndefined();
    // Same selector text, compiled once: the rules of both documents hold the same matcher.
    const rule = (s: ReturnType<typeof setup>) => s.styles.rules().find((r) => r.selector === '.x > p')!;
    expect(rule(one).matches).toBe(rule(two).matches);
  });
  it('invalid and unsupported selectors stay out of every document', () => {
    for (let i = 0; i < 2; i++) {
      const { styles } = setup('<style>a:hover{color:red} p::before{color:red} a > > b{color:red} p!{color:red} p{color:blue}</style><p>t</p>');
      expect(styles.rules().map((r) => r.selector)).toEqual(['p']);
    }
  });
  it('the cache is bounded', () => {
    const sheet = Array.from({ length: 6000 }, (_, i) => `.bounded${i}{color:red}`).join('');
    setup(`<style>${sheet}</style><p class="bounded5999">t</p>`).styles.rules();
    expect(cachedSelectorCount()).toBeLessThanOrEqual(4096);
    const { styles, byId } = setup(`<style>${sheet}</style><p id="p" class="bounded0 bounded5999">t</p>`);
    expect(styles.value(byId('p'), 'color')).toBe('red');
  });
});

describe('rule index', () => {
  it('keys rules by id, class and tag as css-select compares them', () => {
    const { styles, byId } = setup(
      '<style>#Main{color:red} .Foo{color:blue} td.Foo a{color:green;font-size:9px} [class~="foo" i]{display:none} [class~=""]{visibility:hidden} *{opacity:1}</style>' +
        '<table><tr><td class="Foo" id="c"><a id="Main" href="x" class="Foo bar">x</a></td></tr></table><p id="p" class="foo">y</p><span id="s" class="x  y">z</span><span id="t" class="x y">z</span>',
    );
    expect(styles.rules().map((r) => r.key)).toEqual(['#Main', '.Foo', 'a', '*', '*', '*']);
    expect(styles.value(byId('Main'), 'color')).toBe('red');
    expect(styles.value(byId('Main'), 'font-size')).toBe('9px');
    expect(styles.value(byId('c'), 'color')).toBe('blue');
    expect(styles.value(byId('p'), 'color')).toBeUndefined(); // .Foo is case-sensitive
    expect(styles.value(byId('p'), 'display')).toBe('none'); // but [class~="foo" i] is not
    // css-select's quirk: an empty word matches where the class attribute has two spaces in a row.
    expect(styles.value(byId('s'), 'visibility')).toBe('hidden');
    expect(styles.value(byId('t'), 'visibility')).toBeUndefined();
    expect(styles.value(byId('c'), 'opacity')).toBe('1');
  });
});

describe('colour helpers match colord', () => {
  it('toHex and relative luminance', async () => {
    const { colord } = await import('colord');
    const { toHex, relativeLuminance } = await import('./color.ts');
    const channels = [0, 1, 15, 16, 127.5, 128, 254.4, 254.6, 255, 300, -3, Number.NaN];
    for (const r of channels)
      for (const g of [0, 99.5, 255])
        for (const b of [7, 255.2, -0]) {
          expect(toHex({ r, g, b, a: 1 })).toBe(colord({ r, g, b }).toHex());
        }
    const lum = (c: { r: number; g: number; b: number }) => {
      const ch = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
    };
    for (const c of [
      { r: 0, g: 0, b: 0 },
      { r: 255, g: 255, b: 255 },
      { r: 154, g: 158, b: 166 },
      { r: 10.5, g: 3, b: 300 },
    ]) {
      expect(relativeLuminance({ ...c, a: 1 })).toBe(lum(c));
      expect(relativeLuminance({ ...c, a: 1 })).toBe(lum(c)); // cached
    }
  });
});
