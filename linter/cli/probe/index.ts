// `--probe`: the RFC 8058 one-click POST to the List-Unsubscribe https URI and a GET of the body's opt-out link.
// Node-only (network I/O); the results go into `doc.message.probe` and the list-unsubscribe-endpoint rule judges them.
import type { EmailDocument } from '../../document.ts';
import { listUnsubscribeFields, listUnsubscribePostFields, parseListUnsubscribe, webUri } from '../../headers/list-unsubscribe.ts';
import type { ProbeOutcome, ProbeReport } from '../../probe.ts';
import { request, type Resolver } from './http.ts';

export interface ProbeOptions {
  timeoutMs: number;
  /** `--probe-allow-private`; a function decides per forbidden address (tests). */
  allowPrivate: boolean | ((address: string) => boolean);
  /** Largest body read from an answer. */
  maxBytes?: number;
  /** Redirects followed on the GET. */
  maxRedirects?: number;
  /** Host name resolver (default: the system's); tests inject one. */
  resolve?: Resolver;
}

const MAX_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;

export async function probeDocument(doc: EmailDocument, opts: ProbeOptions): Promise<ProbeReport> {
  const report: ProbeReport = { outcomes: [], notes: [] };
  const [post, get] = await Promise.all([probePost(doc, opts, report.notes), probeGet(doc, opts, report.notes)]);
  if (post) report.outcomes.push(post);
  if (get) report.outcomes.push(get);
  return report;
}

async function probePost(doc: EmailDocument, opts: ProbeOptions, notes: string[]): Promise<ProbeOutcome | undefined> {
  const field = listUnsubscribeFields(doc.message.headers)[0];
  if (!field) {
    notes.push('no List-Unsubscribe header: no POST sent');
    return undefined;
  }
  if (listUnsubscribePostFields(doc.message.headers).length === 0) {
    notes.push('no List-Unsubscribe-Post header (one-click not offered): no POST sent');
    return undefined;
  }
  const uri = webUri(parseListUnsubscribe(field.value));
  const url = uri ? parseHttpUrl(uri.uri) : undefined;
  if (!uri || !url) {
    notes.push('List-Unsubscribe has no http(s) URI: no POST sent');
    return undefined;
  }
  const outcome: ProbeOutcome = { method: 'POST', url: url.href, header: { field, start: uri.start, end: uri.end } };
  const r = await request(url, {
    method: 'POST',
    body: 'List-Unsubscribe=One-Click',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes ?? MAX_BYTES,
    allowPrivate: opts.allowPrivate,
    ...(opts.resolve ? { resolve: opts.resolve } : {}),
  });
  if (!r.ok) return { ...outcome, problem: r.problem, detail: r.detail };
  outcome.status = r.status;
  if (r.status >= 300 && r.status < 400) return { ...outcome, problem: 'redirect', location: r.location ?? '(no Location)' };
  if (r.status < 200 || r.status >= 300) return { ...outcome, problem: 'status' };
  return outcome;
}

async function probeGet(doc: EmailDocument, opts: ProbeOptions, notes: string[]): Promise<ProbeOutcome | undefined> {
  const links = doc.optOutLinks().filter((l) => l.href && parseHttpUrl(l.href));
  const link = links.find((l) => l.kind === 'unsubscribe') ?? links[0];
  if (!link?.href) {
    notes.push('no absolute http(s) opt-out link in the body: no GET sent');
    return undefined;
  }
  let url = parseHttpUrl(link.href)!;
  const outcome: ProbeOutcome = { method: 'GET', url: url.href, range: link.range, redirects: 0 };
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  for (let hop = 0; ; hop++) {
    const r = await request(url, {
      method: 'GET',
      timeoutMs: opts.timeoutMs,
      maxBytes: opts.maxBytes ?? MAX_BYTES,
      allowPrivate: opts.allowPrivate,
      ...(opts.resolve ? { resolve: opts.resolve } : {}),
    });
    if (!r.ok) return { ...outcome, problem: r.problem, detail: r.detail, location: url.href };
    outcome.status = r.status;
    outcome.location = url.href;
    if (r.status >= 300 && r.status < 400 && r.location) {
      if (hop >= maxRedirects) return { ...outcome, problem: 'too-many-redirects', detail: String(maxRedirects) };
      const next = parseHttpUrl(r.location, url);
      if (!next) return { ...outcome, problem: 'network', detail: `redirect to an unusable URL "${r.location}"` };
      url = next;
      outcome.redirects = hop + 1;
      continue;
    }
    if (r.status < 200 || r.status >= 300) return { ...outcome, problem: 'status' };
    if (looksLikeLogin(url, r.body)) return { ...outcome, problem: 'login' };
    return outcome;
  }
}

function parseHttpUrl(href: string, base?: URL): URL | undefined {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

const LOGIN_PATH = /(?:^|[/_-])(?:log-?in|sign-?in|signon|auth(?:enticate)?|sso|account\/?login)(?:[/._?-]|$)/i;
const PASSWORD_INPUT = /<input\s[^>]{0,300}type\s*=\s*["']?password/i;

/** The GET landed on a login form: a login-like path, or a page with a password field. */
function looksLikeLogin(url: URL, body: string): boolean {
  return LOGIN_PATH.test(url.pathname) || PASSWORD_INPUT.test(body);
}
