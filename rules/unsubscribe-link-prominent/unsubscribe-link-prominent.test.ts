import { describe, expect, it } from 'vitest';
import rule, { nonSpaceLength } from './index.ts';
import { runRuleTests } from '../../test/support/rule-tester.ts';

const footer = (td: string, link: string) =>
  `<body><table><tr><td style="${td}">You receive this email because you subscribed to our newsletter.\n<a href="https://x.example/unsubscribe" style="${link}">Unsubscribe</a></td></tr></table></body>`;

runRuleTests(rule, {
  valid: [
    { name: 'same size, link colour, underlined', code: footer('font-size:13px; color:#333333', 'color:#0b57d0; text-decoration:underline') },
    { name: 'same colour but underlined (browser default)', code: footer('font-size:13px; color:#333333', 'color:#333333') },
    { name: 'same colour, no underline, but bold', code: footer('font-size:13px; color:#333333', 'color:#333333; text-decoration:none; font-weight:bold') },
    { name: 'slightly smaller is fine', code: footer('font-size:13px; color:#333333', 'font-size:11px; color:#0b57d0') },
    { name: 'fainter but still readable (≥ 4.5:1)', code: footer('font-size:13px; color:#000000', 'color:#555555') },
    {
      name: 'no text around the link to compare with',
      code: '<body><p><a href="https://x.example/unsubscribe" style="font-size:10px">Unsubscribe</a></p></body>',
    },
    { name: "hidden links are unsubscribe-link-visible's job", code: footer('font-size:13px', 'display:none') },
  ],
  invalid: [
    {
      name: 'much smaller than the footer',
      code: footer('font-size:14px; color:#333333', 'font-size:9px; color:#0b57d0'),
      errors: [{ messageId: 'smaller', line: 2, column: 1, endLine: 2, endColumn: 93, message: '9px, smaller than the 14px' }],
    },
    {
      name: 'much fainter than the footer',
      code: footer('font-size:13px; color:#222222; background:#ffffff', 'color:#aaaaaa'),
      errors: [{ messageId: 'fainter', line: 2, column: 1, endLine: 2, endColumn: 78, message: 'much fainter than the 15.9:1' }],
    },
    {
      name: 'same colour and no underline',
      code: footer('font-size:13px; color:#666666', 'color:#666666; text-decoration:none'),
      errors: [{ messageId: 'blends', line: 2, column: 1, endLine: 2, endColumn: 100, message: '#666666' }],
    },
    {
      name: 'a stylesheet rule removes the underline',
      code:
        '<head><style>.f a { color: inherit; text-decoration: none }</style></head>' +
        footer('font-size:13px; color:#666666', '').replace('<td', '<td class="f"'),
      errors: [{ messageId: 'blends', line: 2, column: 1, endLine: 2, endColumn: 65 }],
    },
    {
      name: 'options: a stricter size ratio',
      code: footer('font-size:13px; color:#333333', 'font-size:11px; color:#0b57d0'),
      options: { minSizeRatio: 0.9 },
      errors: [{ messageId: 'smaller', line: 2, column: 1, endLine: 2, endColumn: 94 }],
    },
  ],
});

describe('nonSpaceLength', () => {
  it('counts what /\\s/ does not match, as replace(/\\s+/g, "").length did', () => {
    const samples = ['', ' ', 'Unsubscribe here', '\t\n\v\f\r x \u00a0y\u2003z\u3000\ufeff', 'é€😀', '\u0000\u0008\u000e\u001f', 'a\u2028b\u205fc'];
    for (const s of samples) expect(nonSpaceLength(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, '').length);
  });
});
