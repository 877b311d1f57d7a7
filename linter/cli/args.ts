// Command-line flags, parsed with node:util parseArgs.
import { DEFAULT_PROBE_TIMEOUT_MS } from './probe/defaults.ts';
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
  /** `off`, `auto` or a number of worker threads. */
  concurrency: string | undefined;
  cache: boolean;
  cacheLocation: string | undefined;
  /** --headers FILE: an RFC 5322 header block to lint templates with. */
  headers: string | undefined;
  probe: boolean;
  /** --probe-timeout, in milliseconds. */
  probeTimeoutMs: number;
  probeAllowPrivate: boolean;
  /** --render: judge the opt-out in the email drawn by a real Chromium too. */
  render: boolean;
  /** --render-browser PATH: the Chromium or Chrome to use. */
  renderBrowser: string | undefined;
  /** --render-out DIR: write the footer screenshots there as PNG files. */
  renderOut: string | undefined;
  /** Severity of reports about optout-disable directives that silence nothing (0 = off). */
  reportUnusedDisableDirectives: 0 | 1 | 2;
  /** --ignore-pattern GLOB, repeatable (gitignore syntax, relative to the current folder). */
  ignorePatterns: string[];
  /** --no-ignore: lint files that ignore patterns match. */
  noIgnore: boolean;
  /** --ext: the endings searched in folders, with the dot; undefined = the defaults. */
  extensions: string[] | undefined;
  /** --debug: say which config and ignore patterns applied to which file (on stderr). */
  debug: boolean;
  /** false with --no-config-lookup: no config file is searched for. */
  configLookup: boolean;
  /** false with --no-error-on-unmatched-pattern: a pattern that matches nothing is skipped. */
  errorOnUnmatchedPattern: boolean;
  /** --init: write a starter config after looking at the templates. */
  init: boolean;
  /** --fix: apply the edits that cannot change meaning; --fix-dry-run: compute them, write nothing. */
  fix: boolean;
  fixDryRun: boolean;
}

export const HELP = `Usage: optout-lint [options] [file|dir|glob ...]   (no files: the current folder)

Lint marketing email templates (.html .htm .mjml .eml, and Handlebars, Liquid and Nunjucks
templates with their partials) for a visible, working opt-out link.

Options:
  -f, --format NAME        Output format: stylish (default), json, sarif, github, gitlab,
                           junit, markdown or html
  -c, --config FILE        Use this config file instead of searching for one
      --no-config-lookup   Search for no config file (defaults, --profile and --rule only)
      --rule RULE          Set a rule's severity and options, as ESLint does: "id: error",
                           "id: [error, {minFontSize: 14}]" or "{id: warn, other: off}"; repeatable
      --profile NAME       Start from the preset optout-lint:NAME (default: recommended;
                           also strict, gmail-yahoo, can-spam, casl, gdpr-eu)
      --max-warnings N     Exit with 1 when there are more than N warnings (-1: no limit)
      --quiet              Report errors only
      --stdin              Lint text read from standard input
      --stdin-filename F   Name used for --stdin text (default: stdin.html)
  -o, --output-file FILE   Write the report to FILE instead of standard output
      --print-config FILE  Print the configuration used for FILE and exit
      --list-rules         List the rules with their default severity and exit
      --color, --no-color  Force coloured output on or off
      --concurrency N      Worker threads: off, auto (default: all cores from 40 files) or a number
      --cache              Reuse results of unchanged files (content and config hashed)
      --cache-location F   Cache file, or a folder (ending in / or existing) to put .optoutcache in
                           (default: .optoutcache in the current folder)
      --headers FILE       Lint templates with this RFC 5322 header block (List-Unsubscribe, …)
      --ignore-pattern G   Do not lint files matching G (gitignore syntax); repeatable
      --no-ignore          Lint files that .optoutignore, ignorePatterns or --ignore-pattern leave out
      --no-error-on-unmatched-pattern
                           Skip a pattern that matches no file instead of exiting with 2
      --ext .A,.B          File endings searched in folders (default: .html .htm .mjml .eml .hbs
                           .handlebars .mustache .liquid .djhtml .njk .nunjucks .j2 .jinja .jinja2
                           .twig .gohtml .tmpl .tpl .gotmpl)
      --probe              Send the one-click POST to List-Unsubscribe and GET the body link
                           (the POST really unsubscribes the message's recipient: use seed addresses)
      --probe-timeout SEC  Seconds to wait for each probe request (default 10)
      --probe-allow-private  Let the probe contact loopback, private and link-local addresses
      --render             Also judge the opt-out in the email drawn by a real Chromium (desktop,
                           mobile, dark mode): clipped, covered, or faint on what is behind it
      --render-browser PATH  The Chromium or Chrome for --render (default: found on the PATH)
      --render-out DIR     Write the footer of each rendered email, opt-out outlined, as PNG files
      --report-unused-disable-directives
                           Report optout-disable directives that silence nothing (as warnings)
      --report-unused-disable-directives-severity SEV
                           The same, with severity off, warn or error
      --fix                Apply the safe edits (those that cannot change meaning) to the files
      --fix-dry-run        Compute the safe edits and show them in the output, write nothing
      --init               Look at the templates here and write a starter optout.config.json
      --debug              Say which config and ignore patterns apply to each file (on stderr)
  -v, --version            Print the version and exit
  -h, --help               Print this help and exit

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or internal error.
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
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
        concurrency: { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        headers: { type: 'string' },
        probe: { type: 'boolean', default: false },
        'probe-timeout': { type: 'string' },
        'probe-allow-private': { type: 'boolean', default: false },
        render: { type: 'boolean', default: false },
        'render-browser': { type: 'string' },
        'render-out': { type: 'string' },
        'report-unused-disable-directives': { type: 'boolean', default: false },
        'report-unused-disable-directives-severity': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        'no-ignore': { type: 'boolean', default: false },
        ext: { type: 'string', multiple: true },
        debug: { type: 'boolean', default: false },
        'no-config-lookup': { type: 'boolean', default: false },
        'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
        init: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(plainParseError(error));
  }
  const v = parsed.values;
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    const raw = v['max-warnings'].trim();
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(n) || n < -1) {
      throw new UsageError(`--max-warnings expects a whole number ≥ 0, or -1 for no limit (got "${v['max-warnings']}")`);
    }
    maxWarnings = n === -1 ? undefined : n; // ESLint's -1: no limit
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  let probeTimeoutMs = DEFAULT_PROBE_TIMEOUT_MS;
  if (v['probe-timeout'] !== undefined) {
    const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(v['probe-timeout'].trim());
    const n = m ? Number(m[1]) * (m[2] === 'ms' ? 1 : 1000) : NaN;
    if (!m || !(n > 0) || n > 600_000) {
      throw new UsageError(`--probe-timeout expects seconds > 0 and ≤ 600, e.g. 10 or 2.5 or 500ms (got "${v['probe-timeout']}")`);
    }
    probeTimeoutMs = n;
  }
  // The later of --color / --no-color wins.
  let color: boolean | undefined;
  for (const arg of argv) {
    if (arg === '--color') color = true;
    else if (arg === '--no-color') color = false;
    else if (arg === '--') break;
  }
  const concurrency = v.concurrency;
  if (concurrency !== undefined && !/^(?:off|auto|\d{1,3})$/.test(concurrency)) {
    throw new UsageError(`--concurrency expects off, auto or a number (got "${concurrency}")`);
  }
  let reportUnusedDisableDirectives: 0 | 1 | 2 = v['report-unused-disable-directives'] ? 1 : 0;
  const unusedSeverity = v['report-unused-disable-directives-severity'];
  if (unusedSeverity !== undefined) {
    const n = ({ off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 } as Record<string, 0 | 1 | 2>)[unusedSeverity.trim()];
    if (n === undefined) throw new UsageError(`--report-unused-disable-directives-severity expects off, warn or error (got "${unusedSeverity}")`);
    reportUnusedDisableDirectives = n;
  }
  let extensions: string[] | undefined;
  if (v.ext !== undefined) {
    extensions = v.ext
      .flatMap((e) => e.split(','))
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean)
      .map((e) => (e.startsWith('.') ? e : `.${e}`));
    if (extensions.length === 0 || extensions.some((e) => !/^\.[\w.-]+$/.test(e)))
      throw new UsageError(`--ext expects file endings such as .html,.hbs (got "${v.ext.join(',')}")`);
  }
  return {
    ignorePatterns: v['ignore-pattern'],
    noIgnore: v['no-ignore'],
    extensions,
    concurrency,
    cache: v.cache,
    cacheLocation: v['cache-location'],
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
    headers: v.headers,
    probe: v.probe,
    probeTimeoutMs,
    probeAllowPrivate: v['probe-allow-private'],
    render: v.render || v['render-browser'] !== undefined || v['render-out'] !== undefined,
    renderBrowser: v['render-browser'],
    renderOut: v['render-out'],
    reportUnusedDisableDirectives,
    debug: v.debug,
    configLookup: !v['no-config-lookup'],
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    init: v.init,
    fix: v.fix,
    fixDryRun: v['fix-dry-run'],
  };
}

/**
 * parseArgs' errors as one plain line naming the flag ("unknown option --nope", "option --format needs a
 * value"), not Node's text about positionals and "--".
 */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flags = message.match(/-[\w-]+/g) ?? [];
  const flag = flags.find((f) => f.startsWith('--')) ?? flags[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message) ? `option ${flag} takes no value` : `option ${flag} needs a value`;
    default:
      return message.split('\n')[0]!;
  }
}

/** `--max-warnings -1`: parseArgs would take "-1" for a flag; join it as `--max-warnings=-1`. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (arg === '--max-warnings' && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
