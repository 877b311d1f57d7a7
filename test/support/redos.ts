// Shared by the ReDoS tests: runs every pattern over every adversarial string and returns the time taken.

/** Milliseconds to run each pattern once over each string (global patterns with match, others with exec). */
export function timeOnAdversarial(patterns: readonly RegExp[], strings: readonly string[]): number {
  const started = performance.now();
  for (const re of patterns) {
    for (const s of strings) {
      re.lastIndex = 0;
      if (re.global) s.match(re);
      else re.exec(s);
      re.lastIndex = 0;
    }
  }
  return performance.now() - started;
}
