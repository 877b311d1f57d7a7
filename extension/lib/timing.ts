// Timings of the content script's loop, in a module of their own (no browser APIs) so the benchmark can read them.

/** Quiet time after the last keystroke before a draft is checked again. */
export const RECHECK_DELAY_MS = 300;
