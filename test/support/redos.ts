// Shared by the ReDoS tests: runs every pattern over every adversarial string (timed by `growth`).

/** Runs each pattern once over each string (global patterns with match, others with exec). */
export function runOnAdversarial(patterns: readonly RegExp[], strings: readonly string[]): void {
  for (const re of patterns) {
    for (const s of strings) {
      re.lastIndex = 0;
      if (re.global) s.match(re);
      else re.exec(s);
      re.lastIndex = 0;
    }
  }
}
