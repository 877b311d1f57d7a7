// Where an absolute http(s) URL leads, when that is clearly not an opt-out: a home page, a social network, a sign-up page.
import { classifyHref, safeDecode } from '../../linter/rule-api.ts';

export interface WrongDestination {
  kind: 'homePage' | 'social' | 'subscribePage';
  /** The social network, for `social`. */
  site?: string;
}

const SOCIAL: Record<string, string> = {
  'facebook.com': 'Facebook',
  'fb.com': 'Facebook',
  'twitter.com': 'X (Twitter)',
  'x.com': 'X (Twitter)',
  'instagram.com': 'Instagram',
  'linkedin.com': 'LinkedIn',
  'youtube.com': 'YouTube',
  'youtu.be': 'YouTube',
  'tiktok.com': 'TikTok',
  'pinterest.com': 'Pinterest',
  'threads.net': 'Threads',
  't.me': 'Telegram',
  'wa.me': 'WhatsApp',
  'whatsapp.com': 'WhatsApp',
  'bsky.app': 'Bluesky',
  'mastodon.social': 'Mastodon',
};

/** Sign-up words in a path (unsubscribe words were ruled out before: "desinscription" is not "inscription"). */
const SIGN_UP =
  /(?<![a-z])(?:subscribe|signup|sign-up|sign_up|register|join|iscriviti|iscrizione|anmeld|inscription|inscri[bv]|suscrib|suscripcion|assinar|aanmelden|inschrijv|zapisz|prenumerera|tilmeld)/;
const HOME_PATHS = new Set(['', '/', '/index.html', '/index.htm', '/index.php', '/home', '/home/']);

export function wrongDestination(href: string): WrongDestination | undefined {
  if (classifyHref(href)) return undefined; // the URL itself says unsubscribe or preferences
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  for (const [domain, site] of Object.entries(SOCIAL)) {
    if (host === domain || host.endsWith(`.${domain}`)) return { kind: 'social', site };
  }
  const path = safeDecode(url.pathname).toLowerCase();
  if (SIGN_UP.test(path)) return { kind: 'subscribePage' };
  // Tracking parameters only: a tokenised query (?u=…&id=…) may be a real opt-out endpoint.
  const onlyTracking = [...url.searchParams.keys()].every((k) => /^(?:utm_|mc_|_hs|gclid|fbclid)/i.test(k));
  if (HOME_PATHS.has(path) && onlyTracking && url.hash === '') return { kind: 'homePage' };
  return undefined;
}
