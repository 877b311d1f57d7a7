#!/usr/bin/env node
// optout-lint-mcp: the MCP server, on standard input and output.
import { OptoutLint } from '../optout-lint.ts';
import { startMcpServer } from './mcp.ts';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) process.stdout.write(`${OptoutLint.version}\n`);
else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: optout-lint-mcp\n\nThe optout-lint MCP server (tools lint_email and list_rules), on standard input and output.\n');
} else await startMcpServer();
