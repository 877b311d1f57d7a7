// `optout-lint-mcp`: an MCP server on standard input and output, for AI assistants that write emails. Two tools:
// `lint_email` (an email's HTML or raw message in, the findings out, as the CLI reports them) and `list_rules`.
// It reads no file and makes no request: only the text the caller passes is linted.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import type { LintMessage } from '../../types.ts';
import { describeError } from '../../run.ts';
import { ESP_IDS } from '../../esp/registry.ts';
import { OptoutLint } from '../optout-lint.ts';
import { lintRequest, registry } from './engine.ts';

interface Finding {
  ruleId: string | null;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  docs?: string;
  fatal?: boolean;
  suggestions?: { desc: string; replace: [number, number]; with: string }[];
}

function createServer(): McpServer {
  const server = new McpServer({ name: 'optout-lint', version: OptoutLint.version });
  const meta = new OptoutLint().getRulesMeta();

  server.registerTool(
    'lint_email',
    {
      title: 'Check an email for a working opt-out',
      description:
        'Lints a marketing email (its HTML, MJML, or a raw .eml message with headers) for a visible, working, honest opt-out: ' +
        'the unsubscribe link, List-Unsubscribe and one-click headers, misleading wording, the postal address. Returns each ' +
        'finding with its rule, severity, message and 1-based line and column in the text given.',
      inputSchema: {
        html: z.string().optional().describe('The email as HTML (or MJML, with a filename ending in .mjml).'),
        eml: z.string().optional().describe('The email as a raw RFC 5322 message, headers included.'),
        filename: z.string().optional().describe('A name whose extension picks the parser: .html (default), .mjml, .eml.'),
        profile: z
          .enum(Object.keys(registry.presets) as [string, ...string[]])
          .optional()
          .describe('The rule preset: recommended (default), strict, gdpr-eu, can-spam, casl, gmail-yahoo.'),
        esp: z
          .enum(ESP_IDS as [string, ...string[]])
          .optional()
          .describe('The ESP the email is sent with (its merge tags are then expected).'),
      },
    },
    async ({ html, eml, filename, profile, esp }) => {
      if ((html === undefined) === (eml === undefined)) {
        return { isError: true, content: [{ type: 'text' as const, text: 'Give exactly one of "html" or "eml".' }] };
      }
      const name = filename ?? (eml !== undefined ? 'message.eml' : 'email.html');
      try {
        const result = await lintRequest({
          text: (html ?? eml)!,
          filename: name,
          cwd: '/',
          readFiles: false,
          settings: { profile: profile ?? 'recommended', ...(esp ? { esp } : {}) },
        });
        const findings = result.messages.map((m) => toFinding(m, meta));
        const summary = { filename: name, errorCount: result.errorCount, warningCount: result.warningCount, findings };
        return { content: [{ type: 'text' as const, text: JSON.stringify(summary, null, 2) }], structuredContent: summary };
      } catch (error) {
        return { isError: true, content: [{ type: 'text' as const, text: `optout-lint could not lint this email: ${describeError(error)}` }] };
      }
    },
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List the opt-out rules',
      description: 'Lists every rule with what it checks, its severity in the recommended preset, the regulations behind it and its documentation.',
    },
    async () => {
      const list = registry.rules.map((r) => ({
        id: r.meta.id,
        description: r.meta.description,
        severity: r.meta.severity,
        regulations: r.meta.regulations,
        docs: r.meta.docs.url,
        ...(r.meta.schema ? { options: r.meta.schema.properties } : {}),
      }));
      return { content: [{ type: 'text' as const, text: JSON.stringify(list, null, 2) }], structuredContent: { rules: list } };
    },
  );
  return server;
}

function toFinding(m: LintMessage, meta: ReturnType<OptoutLint['getRulesMeta']>): Finding {
  const docs = m.ruleId ? meta[m.ruleId]?.docs.url : undefined;
  return {
    ruleId: m.ruleId,
    severity: m.severity === 2 ? 'error' : 'warning',
    message: m.message,
    line: m.line,
    column: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn! } : {}),
    ...(docs ? { docs } : {}),
    ...(m.fatal ? { fatal: true } : {}),
    ...(m.suggestions?.length ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, replace: s.fix.range, with: s.fix.text })) } : {}),
  };
}

/**
 * The SDK drops a message over 10 MiB without a word; the engine's own limit is 10 MiB of text, so a larger email
 * is read (up to this bound) and answered with the CLI's "over the limit" message instead of silence.
 */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export async function startMcpServer(): Promise<void> {
  await createServer().connect(new StdioServerTransport(process.stdin, process.stdout, { maxBufferSize: MAX_MESSAGE_BYTES }));
}
