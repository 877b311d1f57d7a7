#!/usr/bin/env node
// optout-lint-lsp: the language server, on standard input and output (`--stdio`, the default).
import { OptoutLint } from '../optout-lint.ts';
import { startServer } from './lsp.ts';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${OptoutLint.version}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: optout-lint-lsp [--stdio]\n\nThe optout-lint language server, speaking LSP on standard input and output.\n');
} else {
  startServer();
}
