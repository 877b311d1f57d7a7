// The adapter registry: site adapters first, the generic one last.
import type { SiteAdapter } from './types.ts';
import { gmail } from './gmail.ts';
import { outlook } from './outlook.ts';
import { yahoo } from './yahoo.ts';
import { mailchimp, brevo, hubspot, klaviyo, sendgrid } from './esp.ts';
import { generic } from './generic.ts';

export const adapters: readonly SiteAdapter[] = [gmail, outlook, yahoo, mailchimp, brevo, hubspot, klaviyo, sendgrid, generic];

/** Match patterns of every site adapter: where the content script runs without being asked. */
export const SITE_MATCHES: string[] = adapters.flatMap((a) => a.matches);

/** The ESPs' pages: where code editors may hold the email (the page-world editor reader runs there). */
export const ESP_MATCHES: string[] = [mailchimp, brevo, hubspot, klaviyo, sendgrid].flatMap((a) => a.matches);

export function adapterFor(hostname: string): SiteAdapter {
  return adapters.find((a) => a.handles(hostname)) ?? generic;
}

export type { SiteAdapter, Draft, RawView } from './types.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The adapter for a page. Local fixture pages (loopback only: the content scripts reach them only in
 * the OPTOUT_E2E build or through "Check this page") name the site they imitate in
 * `<meta name="optout-lint-site" content="gmail">`.
 */
export function adapterForPage(location: { hostname: string }, doc: Document): SiteAdapter {
  if (LOOPBACK.has(location.hostname)) {
    const id = doc.querySelector('meta[name="optout-lint-site"]')?.getAttribute('content');
    const named = adapters.find((a) => a.id === id);
    if (named) return named;
  }
  return adapterFor(location.hostname);
}
