import { defineRule, docsUrl, exampleOptOutHref, findMergeTags, isTag, looksLikePlaceholder, isPlaceholder } from '../../linter/rule-api.ts';
import { wrongDestination } from './destination.ts';
import { templateBuiltUrl } from './template-url.ts';

export default defineRule({
  meta: {
    id: 'unsubscribe-link-href',
    description: 'The opt-out link must lead somewhere usable: an absolute https URL, a mailto: address, or a known ESP placeholder.',
    severity: 'error',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-link-href') },
    regulations: ['can-spam', 'eprivacy', 'gdpr', 'it-privacy-code', 'casl', 'gmail-yahoo'],
    messages: {
      empty: 'Opt-out link has an empty href: it goes nowhere. Use your unsubscribe URL or your ESP\'s tag, e.g. "{{example}}".',
      fragment: 'Opt-out link points to "{{href}}", a placeholder anchor: use your unsubscribe URL or your ESP\'s tag, e.g. "{{example}}".',
      javascript: 'Opt-out link uses a javascript: URL, which mail clients block.',
      relative: 'Opt-out link has the relative URL "{{href}}", which does not resolve in an email; use an absolute https URL.',
      routeOnly:
        'Opt-out link href "{{href}}" renders only a path (/…), which does not resolve in an email: put the site\'s address in front, e.g. "{{example}}", or build an absolute URL.',
      unsupportedScheme: 'Opt-out link uses the "{{scheme}}:" scheme; use an https URL or mailto:.',
      malformed: 'Opt-out link URL "{{href}}" is malformed.',
      insecure: 'Opt-out link uses http:, not https: ("{{href}}"); browsers warn and one-click tools refuse it.',
      unknownPlaceholder: 'Opt-out link href "{{href}}" is a placeholder that no known ESP uses for opt-out; check its spelling or use your ESP\'s tag.',
      homePage: 'Opt-out link "{{text}}" goes to the home page "{{href}}", not to an opt-out: link the unsubscribe URL itself.',
      social: 'Opt-out link "{{text}}" goes to {{site}} ("{{href}}"), a social network, not to an opt-out.',
      subscribePage: 'Opt-out link "{{text}}" goes to a sign-up page ("{{href}}"): it subscribes instead of unsubscribing.',
      otherEsp: 'Opt-out link uses {{esps}}\'s tag "{{tag}}", but this project sends with {{esp}} (config "esp"): it will not be replaced.',
    },
  },
  check(doc, ctx) {
    const example = exampleOptOutHref(ctx.settings.esp);
    for (const link of doc.optOutLinks()) {
      // Bare URLs and link-rendering placeholders have no href of their own to judge.
      if (!isTag(link.node) || link.signals.includes('bare-url')) continue;
      if (link.node.name === 'unsubscribe' || link.node.name === 'preferences') continue;
      const at = { node: link.node, range: link.range };
      const raw = link.href;
      if (raw === undefined) continue;
      const href = raw.trim();
      const tags = findMergeTags(href);
      if (ctx.settings.esp && tags.length > 0 && !tags.some((t) => t.esps.includes(ctx.settings.esp!))) {
        const tag = tags[0]!;
        ctx.report({ ...at, messageId: 'otherEsp', severity: 1, data: { tag: tag.tag, esps: tag.esps.join('/'), esp: ctx.settings.esp } });
        continue;
      }
      if (tags.length > 0) continue;
      if (href === '') {
        ctx.report({ ...at, messageId: 'empty', data: { example } });
        continue;
      }
      if (href.startsWith('#')) {
        // A Campaign Monitor <unsubscribe> inside renders the real link; the "#" is replaced.
        if (link.signals.includes('text-merge-tag')) continue;
        ctx.report({ ...at, messageId: 'fragment', data: { href, example } });
        continue;
      }
      // The team's own sender fills it in (config `placeholders.unsubscribe`).
      if (isPlaceholder(href, ctx.settings.placeholders.unsubscribe)) continue;
      // An application's template builds it: `{{ site_url }}{% url 'unsubscribe' %}` is absolute once rendered,
      // a bare `{% url 'unsubscribe' %}` a path.
      const built = templateBuiltUrl(href);
      if (built === 'path') {
        ctx.report({ ...at, messageId: 'routeOnly', data: { href, example: `{{ site_url }}${href}` } });
        continue;
      }
      if (built === 'absolute') continue;
      if (looksLikePlaceholder(href)) {
        ctx.report({ ...at, messageId: 'unknownPlaceholder', severity: 1, data: { href } });
        continue;
      }
      const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href)?.[1]?.toLowerCase();
      if (scheme === undefined) {
        ctx.report({ ...at, messageId: 'relative', data: { href } });
        continue;
      }
      if (scheme === 'javascript') {
        ctx.report({ ...at, messageId: 'javascript' });
        continue;
      }
      if (scheme === 'mailto') {
        if (!/^mailto:[^?@\s]+@[^?\s]+/i.test(href)) ctx.report({ ...at, messageId: 'malformed', data: { href } });
        continue;
      }
      if (scheme !== 'http' && scheme !== 'https') {
        ctx.report({ ...at, messageId: 'unsupportedScheme', data: { scheme } });
        continue;
      }
      if (!isWellFormedUrl(href)) {
        ctx.report({ ...at, messageId: 'malformed', data: { href } });
        continue;
      }
      // The text promises an opt-out, the URL leads elsewhere (the UGG footer: "Unsubscribe" → http://www.ugg.com/).
      const wrong = link.textStatesPurpose && link.kind === 'unsubscribe' ? wrongDestination(href) : undefined;
      if (wrong) {
        ctx.report({ ...at, messageId: wrong.kind, data: { text: link.text || link.label, href, site: wrong.site ?? '' } });
        continue;
      }
      if (scheme === 'http') ctx.report({ ...at, messageId: 'insecure', severity: 1, data: { href } });
    }
  },
});

/** An absolute http(s) URL with a host; template placeholders inside it (…?e={email}) are tolerated. */
function isWellFormedUrl(href: string): boolean {
  const neutral = href.replace(/\{\{\{?[^{}]*\}?\}\}|\{%[^%]*%\}|\*\|[^|]*\|\*|%%[^%]*%%|%[A-Z_]+%|\[\[[^[\]]*\]\]|\{[^{}]*\}/gi, 'x');
  // WHATWG URL parsing forgives `https:///path` (taking `path` as host); an email client may not.
  if (/\s/.test(neutral) || !/^[a-z][a-z\d+.-]*:\/\/[^/\\]/i.test(neutral)) return false;
  try {
    const url = new URL(neutral);
    return url.hostname.length > 0;
  } catch {
    return false;
  }
}
