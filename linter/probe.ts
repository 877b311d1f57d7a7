// What `--probe` found, as plain data: the CLI (Node) sends the requests and fills `doc.message.probe` before the
// rules run; the `list-unsubscribe-endpoint` rule only judges these results, so it stays browser-safe.
import type { HeaderField } from './headers/fields.ts';
import type { Range } from './types.ts';

export type ProbeProblem =
  | 'refused' // the host resolves to a loopback/private/link-local/metadata address (no request sent)
  | 'timeout'
  | 'tls' // certificate or handshake error
  | 'network' // DNS failure, connection refused or reset
  | 'status' // a non-2xx answer
  | 'redirect' // the one-click POST answered with a redirect (RFC 8058 forbids it)
  | 'too-many-redirects' // the GET was redirected more than the limit
  | 'login'; // the GET landed on a login page

export interface ProbeOutcome {
  method: 'POST' | 'GET';
  url: string;
  /** The List-Unsubscribe field and the span of the URI in its value (POST). */
  header?: { field: HeaderField; start: number; end: number };
  /** The body link's span in the parsed HTML (GET). */
  range?: Range;
  /** Final status code, when a response arrived. */
  status?: number;
  /** Where the redirect pointed (POST) or the final URL after redirects (GET). */
  location?: string;
  redirects?: number;
  problem?: ProbeProblem;
  /** Human detail: the error code, the refused address, the timeout. */
  detail?: string;
}

export interface ProbeReport {
  outcomes: ProbeOutcome[];
  /** Why a request was not made (no https URI, no List-Unsubscribe-Post, no absolute body link). */
  notes: string[];
}
