// Command-line flags, parsed with node:util parseArgs.
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  patterns: string[];
  format: string;
  config: string | undefined;
  rules: string[];
  maxWarnings: number | undefined;
  quiet: boolean;
  stdin: boolean;
  stdinFilename: string;
  outputFile: string | undefined;
  printConfig: string | undefined;
  listRules: boolean;
  version: boolean;
  help: boolean;
  profile: string | undefined;
  /** true/false from --color/--no-color; undefined = decide from the environment. */
  color: boolean | undefined;
}

export const HELP = `Usage: optout-lint [options] [file|dir|glob ...]

Lint marketing email templates (.html .htm .mjml .eml) for a visible, working opt-out link.

Options:
  -f, --format NAME        Output format: stylish (default) or json
  -c, --config FILE        Use this config file instead of searching for one
      --rule ID:SEVERITY   Set a rule's severity (off, warn, error); repeatable
      --profile NAME       Start from the preset optout-lint:NAME (default: recommended;
                           also strict, gmail-yahoo, can-spam, casl, gdpr-eu)
      --max-warnings N     Exit with 1 when there are more than N warnings
      --quiet              Report errors only
      --stdin              Lint text read from standard input
      --stdin-filename F   Name used for --stdin text (default: stdin.html)
  -o, --output-file FILE   Write the report to FILE instead of standard output
      --print-config FILE  Print the configuration used for FILE and exit
      --list-rules         List the rules with their default severity and exit
      --color, --no-color  Force coloured output on or off
  -v, --version            Print the version and exit
  -h, --help               Print this help and exit

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or internal error.
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true, default: [] },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string', default: 'stdin.html' },
        'output-file': { type: 'string', short: 'o' },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        profile: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!/^\d+$/.test(v['max-warnings'].trim()) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(`--max-warnings expects a whole number ≥ 0 (got "${v['max-warnings']}")`);
    }
  }
  // The later of --color / --no-color wins.
  let color: boolean | undefined;
  for (const arg of argv) {
    if (arg === '--color') color = true;
    else if (arg === '--no-color') color = false;
    else if (arg === '--') break;
  }
  return {
    patterns: parsed.positionals,
    format: v.format,
    config: v.config,
    rules: v.rule,
    maxWarnings,
    quiet: v.quiet,
    stdin: v.stdin,
    stdinFilename: v['stdin-filename'],
    outputFile: v['output-file'],
    printConfig: v['print-config'],
    listRules: v['list-rules'],
    version: v.version,
    help: v.help,
    profile: v.profile,
    color,
  };
}
