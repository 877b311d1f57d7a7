import {
  contrastRatio,
  defineRule,
  describeCause,
  describeColor,
  docsUrl,
  isDarkText,
  isTag,
  nearestReadable,
  setInlineStyle,
  toHex,
  widthLabel,
  type ClientCondition,
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

export default defineRule<Options>({
  meta: {
    id: 'unsubscribe-link-visible',
    description: 'The opt-out link must really be visible: not hidden by CSS, not tiny, not low-contrast, and shown in every mail client.',
    severity: 'error',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-link-visible') },
    regulations: ['can-spam', 'gdpr', 'eprivacy', 'it-privacy-code', 'casl', 'gmail-yahoo'],
    messages: {
      hidden: 'Opt-out link is hidden by {{cause}}.',
      hiddenExceptMedia: 'Opt-out link is hidden by {{cause}} and only shown {{condition}}.',
      notVisibleUnder: 'No visible opt-out {{condition}}: {{reasons}}.',
      forcedDark: 'Opt-out link may vanish when the Gmail or Outlook apps force dark mode: {{reason}}.',
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
    if (!missingFamilies.includes('others')) {
      // Readable on a wide screen in light mode: now every other condition the stylesheet sets apart.
      reportOtherConditions(doc, judged, ctx.options, ctx.report);
      reportForcedDark(judged, ctx.report);
    }
    if (missingFamilies.length === 0) return;
    for (const j of judged) {
      const { link, visibility: v } = j;
      const at = { node: link.node, range: link.range };
      for (const problem of j.problems) {
        if (problem === 'hidden') {
          const shownIn = doc.clientConditions().find((c) => c.id !== 'default' && judge(doc, link, minFontSize, minContrast, c).readableIn.includes('others'));
          if (shownIn) ctx.report({ ...at, messageId: 'hiddenExceptMedia', data: { cause: describeCause(doc, v.hidden!), condition: shownIn.label } });
          else ctx.report({ ...at, messageId: 'hidden', data: { cause: describeCause(doc, v.hidden!) } });
        } else if (problem === 'empty') ctx.report({ ...at, messageId: 'empty' });
        else if (problem === 'tiny')
          ctx.report({ ...at, messageId: 'tiny', data: { size: round(v.fontSizePx ?? 0, 1), min: minFontSize }, ...sizeSuggestion(doc, link, v, minFontSize) });
        else ctx.report({ ...at, messageId: 'lowContrast', data: contrastData(v, minContrast), ...colorSuggestion(doc, link, v, minContrast) });
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

type Options = { minFontSize: number; minContrast: number };

/**
 * Under each condition other than the default (narrow screens, dark mode…), at least one opt-out link must
 * be readable. Where none is, each link readable by default is reported with what goes wrong there;
 * neighbouring width ranges that all fail are named as one ("on screens ≤ 600px").
 */
function reportOtherConditions(doc: EmailDocument, judged: readonly Judged[], options: Options, report: (d: ReportDescriptor) => void): void {
  const failing: { condition: ClientCondition; under: Judged[] }[] = [];
  for (const condition of doc.clientConditions()) {
    if (condition.id === 'default') continue;
    const under = judged.map((j) => judge(doc, j.link, options.minFontSize, options.minContrast, condition));
    if (!under.some((u) => u.readableIn.includes('others'))) failing.push({ condition, under });
  }
  for (const { label, under } of mergeWidthRanges(failing)) {
    judged.forEach((j, i) => {
      if (!j.readableIn.includes('others')) return;
      const reasons = reasonsOf(doc, under[i]!, options);
      if (reasons) report({ node: j.link.node, range: j.link.range, messageId: 'notVisibleUnder', data: { condition: label, reasons } });
    });
  }
}

/** Neighbouring failing width ranges become one ("≤ 480px" and "481–600px" → "≤ 600px"); the judgment is the narrowest's. */
function mergeWidthRanges(failing: { condition: ClientCondition; under: Judged[] }[]): { label: string; under: Judged[] }[] {
  const out: { label: string; under: Judged[] }[] = [];
  const widths = failing.filter((f) => f.condition.widths).sort((a, b) => a.condition.widths![0] - b.condition.widths![0]);
  let run: { lo: number; hi: number; under: Judged[] } | undefined;
  for (const f of widths) {
    const [lo, hi] = f.condition.widths!;
    if (run && run.hi + 1 === lo) run.hi = hi;
    else {
      if (run) out.push({ label: widthLabel(run.lo, run.hi), under: run.under });
      run = { lo, hi, under: f.under };
    }
  }
  if (run) out.push({ label: widthLabel(run.lo, run.hi), under: run.under });
  for (const f of failing) if (!f.condition.widths) out.push({ label: f.condition.label, under: f.under });
  return out;
}

function reasonsOf(doc: EmailDocument, j: Judged, options: Options): string {
  const v = j.visibility;
  return j.problems
    .map((p) => {
      if (p === 'hidden') return `it is hidden by ${describeCause(doc, v.hidden!)}`;
      if (p === 'empty') return 'it has no visible text or image';
      if (p === 'tiny') return `its text is ${round(v.fontSizePx ?? 0, 1)}px (minimum ${options.minFontSize}px)`;
      const c = contrastData(v, options.minContrast);
      return `its contrast is ${c.ratio}:1 on ${c.background} (text ${c.foreground}, minimum ${c.min}:1)`;
    })
    .join('; ');
}

/**
 * The Gmail and Outlook apps recolour emails in dark mode whatever their CSS says: light backgrounds turn
 * dark and dark text turns light. Colour pairs survive that (both flip), but images keep their colours, so
 * dark text that relies on a light background image turns light on a light image. A hint (a warning) when
 * every readable link is such a link.
 */
function reportForcedDark(judged: readonly Judged[], report: (d: ReportDescriptor) => void): void {
  const readable = judged.filter((j) => j.readableIn.includes('others'));
  const risks = readable.map((j) => forcedDarkRisk(j.visibility));
  if (readable.length === 0 || risks.some((r) => r === undefined)) return;
  readable.forEach((j, i) => report({ node: j.link.node, range: j.link.range, messageId: 'forcedDark', data: { reason: risks[i]! }, severity: 1 }));
}

function forcedDarkRisk(v: LinkVisibility): string | undefined {
  const c = v.contrast;
  // An image link, or text on a colour: the apps flip colour pairs together.
  if (!c?.backgroundUnknown || !isDarkText(c.foreground)) return undefined;
  return `its dark text (${describeColor(c.foreground)}) sits on a background image, which keeps its colours while the text is lightened`;
}

/**
 * Inline edits on the link itself, when its text takes its size or colour from the link (no inner element sets
 * another) and no `!important` rule would win over an inline style.
 */
function inlineEdit(doc: EmailDocument, link: OptOutLink, property: string, value: string, desc: string): Pick<ReportDescriptor, 'suggest'> {
  if (!isTag(link.node)) return {};
  const winner = doc.styles.cascade(link.node).get(property);
  if (winner?.declaration.important && winner.origin === 'sheet') return {};
  const edit = setInlineStyle(doc.text, link.node, property, value);
  return edit ? { suggest: [{ desc, ...edit }] } : {};
}

function sizeSuggestion(doc: EmailDocument, link: OptOutLink, v: LinkVisibility, min: number): Pick<ReportDescriptor, 'suggest'> {
  if (!isTag(link.node) || doc.styles.fontSizePx(link.node) !== v.fontSizePx) return {};
  return inlineEdit(doc, link, 'font-size', `${min}px`, `Set font-size:${min}px on the link`);
}

function colorSuggestion(doc: EmailDocument, link: OptOutLink, v: LinkVisibility, min: number): Pick<ReportDescriptor, 'suggest'> {
  const c = v.contrast;
  if (!c || !isTag(link.node) || toHex(doc.styles.color(link.node)) !== toHex(c.foreground) || c.foreground.a < 1) return {};
  const readable = nearestReadable(c.foreground, c.background, min);
  const hex = toHex(readable);
  const ratio = round(contrastRatio(readable, c.background), 2);
  return inlineEdit(doc, link, 'color', hex, `Set color:${hex} on the link (contrast ${ratio}:1 on ${describeColor(c.background)})`);
}

function contrastData(v: LinkVisibility, minContrast: number) {
  return {
    ratio: round(v.contrast!.ratio, 2),
    background: describeColor(v.contrast!.background),
    foreground: describeColor(v.contrast!.foreground),
    min: minContrast,
  };
}

function judge(doc: EmailDocument, link: OptOutLink, minFontSize: number, minContrast: number, condition?: ClientCondition): Judged {
  const v = doc.visibility(link.node, condition);
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
  if (limit.kind === 'mso-hide') return `\`mso-hide:all\` on <${limit.element.name}> (${doc.placeOf(limit.element)})`;
  const open = limit.block.onlyIn === 'outlook' ? `<!--[if ${limit.block.condition}]>` : `<!--[if ${limit.block.condition}]><!-->`;
  return `inside ${open} at ${doc.placeAt(limit.block.start)}`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
