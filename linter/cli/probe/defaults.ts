/** How long a probe waits for the endpoint, unless --probe-timeout says otherwise (its own module: the CLI's flags read it without loading the HTTP client). */
export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;
