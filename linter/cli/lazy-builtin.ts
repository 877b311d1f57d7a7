// Node built-ins that only some runs need (hashing for --cache, threads for the pool and MJML, child processes
// for React Email): loaded on first use, so a plain run does not pay for them at start-up.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}

export const nodeCrypto = lazy<typeof import('node:crypto')>('node:crypto');
export const nodeWorkerThreads = lazy<typeof import('node:worker_threads')>('node:worker_threads');
export const nodeChildProcess = lazy<typeof import('node:child_process')>('node:child_process');
