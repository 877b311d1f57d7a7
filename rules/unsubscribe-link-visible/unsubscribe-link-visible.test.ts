import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

const link = '<a href="https://x.com/unsubscribe">Unsubscribe</a>';
/** An HTML message whose only opt-out is in its text/plain part. */
const ONLY_IN_TEXT = emlFixture('opt-out-only-in-text-part.eml');

/** An email whose opt-out comes after `kb` KB of content (one line of filler, so the link is on line 2). */
const afterKb = (kb: number, char = 'a') => `<body><p>${char.repeat((kb * 1024) / new TextEncoder().encode(char).length)}</p>\n<p>${link}</p></body>`;

runRuleTests(rule, {
  valid: [
    { name: 'an opt-out 80 KB into the HTML: well inside what Gmail shows', code: afterKb(80) },
    {
      name: 'two footers swapped by @media: desktop one hidden on phones, mobile one shown there',
      code: `<head><style>.mobile{display:none} @media screen and (max-width:600px){ .desktop{display:none !important} .mobile{display:block !important} }</style></head><body><div class="desktop">${link}</div><div class="mobile"><a href="https://x.com/unsubscribe?m=1">Unsubscribe</a></div></body>`,
    },
    {
      name: 'Italian: two footers, min-width shows the desktop one (mobile-first)',
      code: `<html lang="it"><head><style>.d{display:none} @media (min-width:601px){ .d{display:block} .m{display:none} }</style></head><body><p class="d"><a href="*|UNSUB|*">Disiscriviti</a></p><p class="m"><a href="*|UNSUB|*">Disiscriviti</a></p></body></html>`,
    },
    {
      name: 'dark mode rules that lighten the link along with the background',
      code: `<head><style>@media (prefers-color-scheme: dark){ .footer{background-color:#121212 !important} .footer a{color:#eeeeee !important} }</style></head><body><div class="footer" style="background-color:#fff"><a href="https://x.com/unsubscribe" style="color:#333">Unsubscribe</a></div></body>`,
    },
    {
      name: 'Outlook.com dark selectors that keep the link readable',
      code: `<head><style>[data-ogsb] .footer{background-color:#000 !important} [data-ogsc] .footer a{color:#fff !important}</style></head><body><div class="footer"><a href="https://x.com/unsubscribe">Uitschrijven</a></div></body>`,
    },
    {
      name: 'light text on a background image: forced dark mode leaves light text alone',
      code: `<body><table><tr><td style="background-image:url(https://x.com/dark.png);background-color:#000"><a href="https://x.com/unsubscribe" style="color:#ffffff">Unsubscribe</a></td></tr></table></body>`,
    },
    {
      name: 'a background-image link next to a plain one: the plain one survives forced dark mode',
      code: `<body><td style="background-image:url(https://x.com/p.png)"><a href="https://x.com/unsubscribe" style="color:#222">Unsubscribe</a></td><p>${link}</p></body>`,
    },
    {
      name: 'retina and reformatting media queries are not conditions that hide anything',
      code: `<head><style>@media (-webkit-min-device-pixel-ratio:2){ .logo{display:none} } @media (x-apple-disable-message-reformatting){ .d{display:none} }</style></head><body><div class="d">${link}</div></body>`,
    },
    { name: 'default link on white', code: `<body><p>${link}</p></body>` },
    {
      name: 'white link on a dark footer',
      code: `<body><table><tr><td bgcolor="#222222" style="font-size:12px"><a href="*|UNSUB|*" style="color:#ffffff">Unsubscribe</a></td></tr></table></body>`,
    },
    {
      name: 'font-size:0 wrapper with a reset inside',
      code: `<body><div style="font-size:0"><span style="font-size:12px"><a href="https://x.com/unsubscribe">Unsubscribe</a></span></div></body>`,
    },
    {
      name: 'mjml-style button: font-size:0 td, the link resets to 13px',
      code: `<body><table><tr><td style="font-size:0px"><a href="https://x.com/unsubscribe" style="font-size:13px;color:#fff;background:#414141">Unsubscribe</a></td></tr></table></body>`,
    },
    {
      name: 'duplicated footer: one for Outlook, one for the rest',
      code: `<body><!--[if mso]><p>${link}</p><![endif]--><!--[if !mso]><!--><p>${link}</p><!--<![endif]--></body>`,
    },
    {
      name: 'a hidden preheader copy does not matter when the footer link is visible',
      code: `<body><div style="display:none">Unsubscribe <a href="https://x.com/unsubscribe">here</a></div><p>${link}</p></body>`,
    },
    {
      name: ':hover rules do not change how the link looks when opened',
      code: `<head><style>a:hover{color:#fff}</style></head><body>${link}</body>`,
    },
    {
      name: '@media print hiding is irrelevant',
      code: `<head><style>@media print { .f { display:none } }</style></head><body><p class="f">${link}</p></body>`,
    },
    { name: '10px is the default minimum', code: `<body><p style="font-size:10px">${link}</p></body>` },
    {
      name: 'background image: contrast unknown, no guess',
      code: `<body><td style="background:url(bg.jpg)"><a href="https://x.com/unsubscribe" style="color:#fefefe">Unsubscribe</a></td></body>`,
    },
    {
      name: 'threshold options',
      code: `<body><p style="font-size:8px">${link}</p></body>`,
      options: { minFontSize: 8 },
    },
  ],
  invalid: [
    {
      name: 'hidden by a <style> class',
      code: `<html><head><style>\n.legal { display:none }\n</style></head><body>\n<p class="legal">${link}</p></body></html>`,
      errors: [{ messageId: 'hidden', line: 4, column: 18, endLine: 4, endColumn: 69, message: 'hidden by `.legal { display:none }` (line 2)' }],
    },
    {
      name: 'hidden by inline display:none on an ancestor',
      code: `<body>\n<div style="display: none">\n${link}\n</div></body>`,
      errors: [{ messageId: 'hidden', line: 3, column: 1, endLine: 3, endColumn: 52, message: 'inline `display:none` on <div> (line 2)' }],
    },
    {
      name: '!important in the sheet beats inline',
      code: `<head><style>.x{display:none!important}</style></head><body><p class="x" style="display:block">${link}</p></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 96, endLine: 1, endColumn: 147 }],
    },
    {
      name: 'visibility:hidden',
      code: `<body><span style="visibility:hidden">${link}</span></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 39, endLine: 1, endColumn: 90, message: 'visibility:hidden' }],
    },
    {
      name: 'opacity:0',
      code: `<body><span style="opacity:0">${link}</span></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 31, endLine: 1, endColumn: 82, message: 'opacity:0' }],
    },
    {
      name: 'font-size:0 with no reset',
      code: `<body><td style="font-size:0">${link}</td></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 31, endLine: 1, endColumn: 82, message: 'font-size:0' }],
    },
    {
      name: 'max-height:0 with overflow:hidden',
      code: `<body><div style="max-height:0;overflow:hidden">${link}</div></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 49, endLine: 1, endColumn: 100, message: 'max-height:0' }],
    },
    {
      name: 'off-screen text-indent',
      code: `<body><p style="text-indent:-9999px">${link}</p></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 38, endLine: 1, endColumn: 89, message: 'text-indent' }],
    },
    {
      name: 'clip rect(0 0 0 0)',
      code: `<body><p style="position:absolute;clip:rect(0 0 0 0)">${link}</p></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 55, endLine: 1, endColumn: 106, message: 'clip' }],
    },
    {
      name: 'the hidden attribute',
      code: `<body><div hidden>${link}</div></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 19, endLine: 1, endColumn: 70, message: 'the `hidden` attribute on <div>' }],
    },
    {
      name: 'image link with width="0"',
      code: `<body><a href="*|UNSUB|*"><img src="u.png" alt="Unsubscribe" width="0"></a></body>`,
      errors: [{ messageId: 'hidden', line: 1, column: 7, endLine: 1, endColumn: 76, message: 'width' }],
    },
    {
      name: 'an HTML message whose only opt-out is in its text/plain part: reported there',
      filename: 'sale.eml',
      code: ONLY_IN_TEXT,
      errors: [{ messageId: 'onlyInPlainText', line: 11, column: 14, endLine: 11, endColumn: 50, message: '(https://shop.example/unsubscribe?u=1)' }],
    },
    {
      name: 'a transparent link is said to be transparent, not #000000',
      code: `<body><p><a href="https://x.com/unsubscribe" style="color:transparent">Unsubscribe</a></p></body>`,
      errors: [{ messageId: 'lowContrast', line: 1, column: 10, endLine: 1, endColumn: 87, message: '(text transparent,' }],
    },
    {
      name: 'an opt-out past 102 KB of HTML is clipped by Gmail',
      code: afterKb(110),
      errors: [{ messageId: 'clipped', line: 2, column: 4, endLine: 2, endColumn: 55, message: '110 KB into the HTML' }],
    },
    {
      name: 'within 10% of the limit: a warning',
      code: afterKb(95),
      errors: [{ messageId: 'nearClip', line: 2, column: 4, endLine: 2, endColumn: 55, severity: 1, message: '95 KB' }],
    },
    {
      name: 'the limit is in bytes: 55 K characters of Italian accents are 110 KB',
      code: afterKb(110, 'è'),
      errors: [{ messageId: 'clipped', line: 2, column: 4, endLine: 2, endColumn: 55, message: '110 KB' }],
    },
    {
      name: 'tiny and faint: both reasons, so fixing one does not uncover the other',
      code: `<body><p style="font-size:6px;color:#eeeeee"><a href="https://x.com/unsubscribe" style="color:#f5f5f5">Unsubscribe</a></p></body>`,
      errors: [
        {
          messageId: 'tiny',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 119,
          message: '6px text',
          suggestions: [
            {
              desc: 'Set font-size:10px on the link',
              output:
                '<body><p style="font-size:6px;color:#eeeeee"><a href="https://x.com/unsubscribe" style="color:#f5f5f5;font-size:10px">Unsubscribe</a></p></body>',
            },
          ],
        },
        {
          messageId: 'lowContrast',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 119,
          message: 'text #f5f5f5',
          suggestions: [
            {
              desc: 'Set color:#949494 on the link (contrast 3.03:1 on #ffffff)',
              output: '<body><p style="font-size:6px;color:#eeeeee"><a href="https://x.com/unsubscribe" style="color:#949494">Unsubscribe</a></p></body>',
            },
          ],
        },
      ],
    },
    {
      name: 'tiny and faint in a class-styled Italian footer: both reasons',
      code: `<html lang="it"><head><style>.legale a { font-size:7px; color:#fafafa }</style></head><body><p class="legale"><a href="https://x.it/disiscrizione">Annulla l'iscrizione</a></p></body></html>`,
      errors: [
        {
          messageId: 'tiny',
          line: 1,
          column: 111,
          endLine: 1,
          endColumn: 172,
          message: '7px text',
          suggestions: [
            {
              desc: 'Set font-size:10px on the link',
              output:
                '<html lang="it"><head><style>.legale a { font-size:7px; color:#fafafa }</style></head><body><p class="legale"><a href="https://x.it/disiscrizione" style="font-size:10px">Annulla l\'iscrizione</a></p></body></html>',
            },
          ],
        },
        {
          messageId: 'lowContrast',
          line: 1,
          column: 111,
          endLine: 1,
          endColumn: 172,
          message: 'text #fafafa',
          suggestions: [
            {
              desc: 'Set color:#949494 on the link (contrast 3.03:1 on #ffffff)',
              output:
                '<html lang="it"><head><style>.legale a { font-size:7px; color:#fafafa }</style></head><body><p class="legale"><a href="https://x.it/disiscrizione" style="color:#949494">Annulla l\'iscrizione</a></p></body></html>',
            },
          ],
        },
      ],
    },
    {
      name: 'tiny text',
      code: `<body><p style="font-size:6px">${link}</p></body>`,
      errors: [
        {
          messageId: 'tiny',
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 83,
          message: '6px text',
          suggestions: [
            {
              desc: 'Set font-size:10px on the link',
              output: '<body><p style="font-size:6px"><a href="https://x.com/unsubscribe" style="font-size:10px">Unsubscribe</a></p></body>',
            },
          ],
        },
      ],
    },
    {
      name: 'tiny through pt, em and <font size=1>',
      code: `<body><p style="font:bold 12px/1 Arial"><span style="font-size:0.5em">${link}</span></p></body>`,
      errors: [
        {
          messageId: 'tiny',
          line: 1,
          column: 71,
          endLine: 1,
          endColumn: 122,
          message: '6px',
          suggestions: [
            {
              desc: 'Set font-size:10px on the link',
              output:
                '<body><p style="font:bold 12px/1 Arial"><span style="font-size:0.5em"><a href="https://x.com/unsubscribe" style="font-size:10px">Unsubscribe</a></span></p></body>',
            },
          ],
        },
      ],
    },
    {
      name: '<font size="1"> is 10px: fine at 10, tiny at 11',
      code: `<body><font size="1">${link}</font></body>`,
      options: { minFontSize: 11 },
      errors: [
        {
          messageId: 'tiny',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 73,
          message: '10px',
          suggestions: [
            {
              desc: 'Set font-size:11px on the link',
              output: '<body><font size="1"><a href="https://x.com/unsubscribe" style="font-size:11px">Unsubscribe</a></font></body>',
            },
          ],
        },
      ],
    },
    {
      name: 'low contrast: near-white link on white',
      code: `<body><p><a href="https://x.com/unsubscribe" style="color:#f4f4f4">Unsubscribe</a></p></body>`,
      errors: [
        {
          messageId: 'lowContrast',
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 83,
          message: 'contrast 1.1:1 on #ffffff',
          suggestions: [
            {
              desc: 'Set color:#949494 on the link (contrast 3.03:1 on #ffffff)',
              output: '<body><p><a href="https://x.com/unsubscribe" style="color:#949494">Unsubscribe</a></p></body>',
            },
          ],
        },
      ],
    },
    {
      name: 'low contrast from a class and a bgcolor',
      code: `<head><style>.foot a { color: #555 }</style></head><body><table><tr><td class="foot" bgcolor="#444444">${link}</td></tr></table></body>`,
      errors: [
        {
          messageId: 'lowContrast',
          line: 1,
          column: 104,
          endLine: 1,
          endColumn: 155,
          message: 'on #444444',
          suggestions: [
            {
              desc: 'Set color:#8f8f8f on the link (contrast 3.01:1 on #444444)',
              output:
                '<head><style>.foot a { color: #555 }</style></head><body><table><tr><td class="foot" bgcolor="#444444"><a href="https://x.com/unsubscribe" style="color:#8f8f8f">Unsubscribe</a></td></tr></table></body>',
            },
          ],
        },
      ],
    },
    {
      name: 'only rendered in Outlook',
      code: `<body>\n<!--[if mso]>\n<p>${link}</p>\n<![endif]-->\n</body>`,
      errors: [{ messageId: 'outlookOnly', line: 3, column: 4, endLine: 3, endColumn: 55, message: 'inside <!--[if mso]> at line 2' }],
    },
    {
      name: 'not rendered in Outlook',
      code: `<body>\n<!--[if !mso]><!-->\n<p>${link}</p>\n<!--<![endif]-->\n</body>`,
      errors: [{ messageId: 'notInOutlook', line: 3, column: 4, endLine: 3, endColumn: 55 }],
    },
    {
      name: 'mso-hide:all keeps it out of Outlook',
      code: `<body><div style="mso-hide:all">${link}</div></body>`,
      errors: [{ messageId: 'notInOutlook', line: 1, column: 33, endLine: 1, endColumn: 84, message: 'mso-hide:all' }],
    },
    {
      name: 'shown only on mobile',
      code: `<head><style>.m{display:none} @media (max-width:600px){ .m{display:block !important} }</style></head><body><div class="m">${link}</div></body>`,
      errors: [{ messageId: 'hiddenExceptMedia', line: 1, column: 123, endLine: 1, endColumn: 174, message: 'only shown on screens ≤ 600px' }],
    },
    {
      name: 'MJML: no suggested edit, since the file holds <mj-button>, not the <a> the rules judged',
      filename: 'promo.mjml',
      code: '<mjml><mj-body><mj-section><mj-column><mj-button href="*|UNSUB|*" color="#fafafa" background-color="#ffffff">Unsubscribe</mj-button></mj-column></mj-section></mj-body></mjml>',
      errors: [{ messageId: 'lowContrast', line: 1, column: 39, endLine: 1, endColumn: 110, suggestions: [] }],
    },
    {
      name: 'hidden on mobile',
      code: `<head><style>@media screen and (max-width:600px){ .d{display:none !important} }</style></head><body><div class="d">${link}</div></body>`,
      errors: [
        { messageId: 'notVisibleUnder', line: 1, column: 116, endLine: 1, endColumn: 167, message: 'No visible opt-out on screens ≤ 600px: it is hidden by' },
      ],
    },
    {
      name: 'two breakpoints that both hide the only footer are named as one range',
      code: `<head><style>@media (max-width:480px){ .x{color:red} } @media (max-width:600px){ .d{display:none} }</style></head><body><div class="d">${link}</div></body>`,
      errors: [{ messageId: 'notVisibleUnder', line: 1, column: 136, endLine: 1, endColumn: 187, message: 'on screens ≤ 600px:' }],
    },
    {
      name: 'hidden only on tablets (min-width and max-width together)',
      code: `<head><style>@media (min-width:481px) and (max-width:900px){ .d{display:none} }</style></head><body><div class="d">${link}</div></body>`,
      errors: [{ messageId: 'notVisibleUnder', line: 1, column: 116, endLine: 1, endColumn: 167, message: 'on screens 481–900px wide' }],
    },
    {
      name: 'too small on phones (Italian footer)',
      code: `<html lang="it"><head><style>@media only screen and (max-width:599px){ .f a{font-size:7px !important} }</style></head><body><p class="f"><a href="*|UNSUB|*">Annulla l'iscrizione</a></p></body></html>`,
      errors: [
        { messageId: 'notVisibleUnder', line: 1, column: 138, endLine: 1, endColumn: 182, message: 'on screens ≤ 599px: its text is 7px (minimum 10px)' },
      ],
    },
    {
      name: 'dark mode turns the footer dark but the link keeps its dark grey',
      code: `<head><style>@media (prefers-color-scheme: dark){ .footer{background-color:#121212 !important} }</style></head><body><div class="footer" style="background-color:#ffffff"><a href="%unsubscribe_url%" style="color:#333333">Se désinscrire</a></div></body>`,
      errors: [
        {
          messageId: 'notVisibleUnder',
          line: 1,
          column: 171,
          endLine: 1,
          endColumn: 239,
          message: 'No visible opt-out in dark mode: its contrast is 1.48:1 on #121212 (text #333333',
        },
      ],
    },
    {
      name: "Outlook.com dark mode: a [data-ogsc] rule makes the link the footer's colour",
      code: `<head><style>[data-ogsb] .footer{background-color:#000000 !important} [data-ogsc] .footer a{color:#111111 !important}</style></head><body><div class="footer"><a href="https://x.com/unsubscribe">Abmelden</a></div></body>`,
      errors: [
        {
          messageId: 'notVisibleUnder',
          line: 1,
          column: 159,
          endLine: 1,
          endColumn: 207,
          message: 'No visible opt-out in Outlook.com dark mode: its contrast is 1.',
        },
      ],
    },
    {
      name: 'forced dark mode (Gmail, Outlook apps): dark text on a light background image',
      code: `<body><table><tr><td background="https://x.com/paper.png" style="background-image:url(https://x.com/paper.png)"><a href="https://x.com/unsubscribe" style="color:#222222">Darse de baja</a></td></tr></table></body>`,
      errors: [
        {
          messageId: 'forcedDark',
          line: 1,
          column: 113,
          endLine: 1,
          endColumn: 188,
          severity: 1,
          message: 'its dark text (#222222) sits on a background image',
        },
      ],
    },
    {
      name: 'empty link',
      code: `<body><a href="*|UNSUB|*" title="Unsubscribe"></a></body>`,
      errors: [{ messageId: 'empty', line: 1, column: 7, endLine: 1, endColumn: 51 }],
    },
    {
      name: 'Italian template, hidden merge tag wrapper',
      code: `<html lang="it"><body><span style="display:none"><a href="*|UNSUB|*">Disiscriviti</a></span></body></html>`,
      errors: [{ messageId: 'hidden', line: 1, column: 50, endLine: 1, endColumn: 86 }],
    },
  ],
});
