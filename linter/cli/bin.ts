#!/usr/bin/env node
// The optout-lint command. Thin: everything happens in main.ts.
import { main } from './main.ts';

// `optout-lint … | head`: the reader went away; stop quietly instead of crashing with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  // Resolved here, in the entry, because the rest of the CLI lives in shared chunks of the bundle.
  workerUrl: new URL('./worker.js', import.meta.url),
});

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
