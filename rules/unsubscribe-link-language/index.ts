import { LEXICONS, defineRule, docsUrl, elements, matchContextCue, matchOptOutWording, suggestedLinkText, type EmailDocument } from '../../linter/rule-api.ts';

const NAMES: Record<string, string> = {
  en: 'English',
  it: 'Italian',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  sv: 'Swedish',
  da: 'Danish',
};
const UNSURE = '??';

export default defineRule({
  meta: {
    id: 'unsubscribe-link-language',
    description: 'The opt-out link text is in the language of the email (an Italian email needs "Disiscriviti", not an English-only "Unsubscribe").',
    severity: 'warn',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-link-language') },
    regulations: ['gdpr', 'eprivacy', 'it-privacy-code', 'can-spam'],
    messages: {
      otherLanguage:
        'Opt-out link text "{{text}}" is {{linkLang}}, but the email is in {{lang}}: readers may not recognise it; write "{{suggestion}}" (GDPR art. 12(1) "clear and plain language"; FTC "clear and conspicuous").',
    },
  },
  check(doc, ctx) {
    // Only links whose own text states the purpose: "click here" and placeholders carry no language.
    // Checked first: without them the email's language (a walk over all its text) is not needed.
    const worded = doc.optOutLinks().filter((l) => l.signals.includes('text') && l.lang);
    if (worded.length === 0) return;
    const lang = emailLanguage(doc, ctx.settings.locales);
    if (!lang || !LEXICONS.some((l) => l.lang === lang)) return;
    // One link in the email's language is enough (bilingual footers: "Disiscriviti / Unsubscribe").
    const langOf = (text: string) => (matchOptOutWording(text, lang) ?? matchContextCue(text, lang))?.lang;
    if (worded.some((l) => l.lang === lang || langOf(l.text) === lang)) return;
    for (const link of worded) {
      const linkLang = langOf(link.text) ?? link.lang!;
      ctx.report({
        messageId: 'otherLanguage',
        node: link.node,
        range: link.range,
        data: { text: link.text, linkLang: NAMES[linkLang] ?? linkLang, lang: NAMES[lang] ?? lang, suggestion: suggestedLinkText(lang) },
      });
    }
  },
});

/** The declared language (`<html lang>`, config `locales`), else a confident detection, else undefined. */
function emailLanguage(doc: EmailDocument, locales: readonly string[]): string | undefined {
  const root = elements(doc.root).find((e) => e.name === 'html' || e.name === 'mjml');
  const declared = (root?.attribs.lang ?? root?.attribs['xml:lang'])?.trim().toLowerCase().split(/[-_]/)[0];
  if (declared) return declared;
  const detected = doc.textLanguage(UNSURE);
  if (detected !== UNSURE) return detected;
  return locales[0];
}
