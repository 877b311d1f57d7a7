import {
  defineRule,
  describeCause,
  describeColor,
  docsUrl,
  type ClientFamily,
  type EmailDocument,
  type LinkVisibility,
  type OptOutLink,
  type ReportDescriptor,
} from '../../linter/rule-api.ts';

const FAMILIES: ClientFamily[] = ['others', 'outlook'];

interface Judged {
  link: OptOutLink;
  visibility: LinkVisibility;
  /** Families in which this link is fully readable. */
  readableIn: ClientFamily[];
  /** Every reason it is not readable (a link both tiny and faint gets both, so fixing one does not uncover the other). */
  problems: ('empty' | 'hidden' | 'tiny' | 'lowContrast')[];
}

export default defineRule<{ minFontSize: number; minContrast: number }>({
  meta: {
    id: 'unsubscribe-link-visible',
    description: 'The opt-out link must really be visible: not hidden by CSS, not tiny, not low-contrast, and shown in every mail client.',
    severity: 'error',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-link-visible') },
    regulations: ['can-spam', 'gdpr', 'eprivacy', 'it-privacy-code', 'casl', 'gmail-yahoo'],
    messages: {
      hidden: 'Opt-out link is hidden by {{cause}}.',
      hiddenExceptMedia: 'Opt-out link is hidden by {{cause}} and only shown under @media {{media}}.',
      hiddenUnderMedia: 'Opt-out link is hidden in some clients by {{cause}}.',
      empty: 'Opt-out link has no visible text or image: there is nothing to click.',
      tiny: 'Opt-out link is too small to read: {{size}}px text (minimum {{min}}px).',
      lowContrast: 'Opt-out link is hard to see: contrast {{ratio}}:1 on {{background}} (text {{foreground}}, minimum {{min}}:1).',
      outlookOnly: 'Opt-out link is only rendered in Outlook ({{reason}}); other mail clients show no opt-out.',
      notInOutlook: 'Opt-out link is not rendered in Outlook ({{reason}}); Outlook users see no opt-out.',
      onlyInPlainText: 'The only opt-out ({{url}}) is in the text/plain part, which HTML mail clients never show: put a visible opt-out link in the HTML too.',
      clipped:
        'Opt-out link starts {{kb}} KB into the HTML, past Gmail\'s 102 KB limit: Gmail clips the message there and hides the opt-out behind "View entire message". Move it up or make the HTML smaller.',
      nearClip:
        "Opt-out link starts {{kb}} KB into the HTML, within 10% of Gmail's 102 KB clipping limit: a little more content (or a longer merge field) and Gmail hides it.",
    },
    schema: {
      type: 'object',
      properties: {
        minFontSize: { type: 'number', default: 10, minimum: 0, description: 'Smallest readable text size in px.' },
        minContrast: {
          type: 'number',
          default: 3,
          minimum: 1,
          maximum: 21,
          description: 'Smallest WCAG contrast ratio of the link text against its background.',
        },
      },
      additionalProperties: false,
    },
  },
  check(doc, ctx) {
    const all = doc.optOutLinks();
    const unsubscribe = all.filter((l) => l.kind === 'unsubscribe');
    const links = unsubscribe.length > 0 ? unsubscribe : all;
    if (links.length === 0) {
      const plain = doc.plainTextOptOut();
      if (plain) {
        const loc = doc.message.plainText!.locate({ start: plain.index, end: plain.index + plain.url.length });
        ctx.report({ messageId: 'onlyInPlainText', loc, data: { url: plain.url } });
      }
      return; // otherwise unsubscribe-link-present reports that there is none
    }
    const minFontSize = ctx.options.minFontSize;
    const minContrast = ctx.options.minContrast;
    reportClipping(doc, all, ctx.report);
    const judged = links.map((link) => judge(doc, link, minFontSize, minContrast));

    const missingFamilies = FAMILIES.filter((f) => !judged.some((j) => j.readableIn.includes(f)));
    if (missingFamilies.length === 0) {
      // Readable everywhere by default; still report when every readable link vanishes under some @media.
      const readable = judged.filter((j) => j.readableIn.length > 0);
      if (readable.every((j) => j.visibility.hiddenUnder)) {
        for (const j of readable)
          ctx.report({ messageId: 'hiddenUnderMedia', node: j.link.node, range: j.link.range, data: { cause: describeCause(doc, j.visibility.hiddenUnder!) } });
      }
      return;
    }
    for (const j of judged) {
      const { link, visibility: v } = j;
      const at = { node: link.node, range: link.range };
      for (const problem of j.problems) {
        if (problem === 'empty') ctx.report({ ...at, messageId: 'empty' });
        else if (problem === 'hidden') {
          if (v.shownUnder) ctx.report({ ...at, messageId: 'hiddenExceptMedia', data: { cause: describeCause(doc, v.hidden!), media: v.shownUnder } });
          else ctx.report({ ...at, messageId: 'hidden', data: { cause: describeCause(doc, v.hidden!) } });
        } else if (problem === 'tiny') ctx.report({ ...at, messageId: 'tiny', data: { size: round(v.fontSizePx ?? 0, 1), min: minFontSize } });
        else {
          ctx.report({
            ...at,
            messageId: 'lowContrast',
            data: {
              ratio: round(v.contrast!.ratio, 2),
              background: describeColor(v.contrast!.background),
              foreground: describeColor(v.contrast!.foreground),
              min: minContrast,
            },
          });
        }
      }
      if (j.problems.length > 0) continue;
      // Readable, but only in one family of clients, and no other link covers the missing one.
      const uncovered = missingFamilies.filter((f) => !j.readableIn.includes(f));
      if (uncovered.length === 0) continue;
      const reason = familyReason(doc, v);
      if (uncovered.includes('others')) ctx.report({ ...at, messageId: 'outlookOnly', data: { reason } });
      else ctx.report({ ...at, messageId: 'notInOutlook', data: { reason } });
    }
  },
});

function judge(doc: EmailDocument, link: OptOutLink, minFontSize: number, minContrast: number): Judged {
  const v = doc.visibility(link.node);
  const base = { link, visibility: v };
  // Hidden or empty: nothing else about the link matters.
  if (v.hidden) return { ...base, readableIn: [], problems: ['hidden'] };
  if (v.families.length === 0) return { ...base, readableIn: [], problems: ['empty'] };
  const problems: Judged['problems'] = [];
  if (v.fontSizePx !== undefined && v.fontSizePx < minFontSize) problems.push('tiny');
  // Behind a background image the real contrast cannot be known: do not guess.
  if (v.contrast && !v.contrast.backgroundUnknown && v.contrast.ratio < minContrast) problems.push('lowContrast');
  return { ...base, readableIn: problems.length > 0 ? [] : v.families, problems };
}

/** Gmail shows the first 102 KB of a message's HTML (in bytes, UTF-8) and clips the rest behind "View entire message". */
const GMAIL_CLIP_BYTES = 102 * 1024;
const NEAR_CLIP_BYTES = GMAIL_CLIP_BYTES * 0.9;

/** The first opt-out link, measured in the HTML the recipient gets (compiled MJML, the HTML part of an .eml). */
function reportClipping(doc: EmailDocument, links: readonly OptOutLink[], report: (d: ReportDescriptor) => void): void {
  const first = links.reduce<OptOutLink | undefined>((a, l) => (!a || l.range.start < a.range.start ? l : a), undefined);
  if (!first) return;
  const text = doc.source.text;
  // Characters are at most 3 bytes in UTF-8 here (4 for a surrogate pair, 2 code units): under 34 KB of characters cannot reach it.
  if (first.range.start * 3 < NEAR_CLIP_BYTES) return;
  const bytes = new TextEncoder().encode(text.slice(0, first.range.start)).length;
  if (bytes < NEAR_CLIP_BYTES) return;
  const kb = Math.round((bytes / 1024) * 10) / 10;
  report({
    node: first.node,
    range: first.range,
    messageId: bytes >= GMAIL_CLIP_BYTES ? 'clipped' : 'nearClip',
    data: { kb },
    ...(bytes >= GMAIL_CLIP_BYTES ? {} : { severity: 1 }),
  });
}

function familyReason(doc: EmailDocument, v: LinkVisibility): string {
  const limit = v.familyLimit;
  if (!limit) return 'conditional markup';
  if (limit.kind === 'mso-hide') return `\`mso-hide:all\` on <${limit.element.name}> (line ${doc.lineOf(limit.element)})`;
  const open = limit.block.onlyIn === 'outlook' ? `<!--[if ${limit.block.condition}]>` : `<!--[if ${limit.block.condition}]><!-->`;
  return `inside ${open} at line ${doc.lineAt(limit.block.start)}`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
