// The CLI: argv → OptoutLint options (the API does config, files, cache, pool) → format → exit code.
import { closeSync, constants, openSync, statSync, writeSync } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, LintResult } from '../types.ts';
import { describeError, toResult } from '../run.ts';
import type { RuleMeta } from '../rule.ts';
import { ConfigError } from '../config.ts';
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args.ts';
import { AllFilesIgnoredError, NoFilesError, decodeText } from './files.ts';
import { OptoutLint, profileConfig, ruleFlagConfig, type OptoutLintOptions } from './optout-lint.ts';
import { UnknownFormatterError, formatters, loadFormatter } from './formatters/index.ts';
import { DEFAULT_CACHE_LOCATION } from './cache.ts';
import { InitError, initConfig } from './init.ts';
import { jsonPieces } from './formatters/json.ts';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<Uint8Array>;
  /** The worker entry of the bundle (dist/worker.js); without it everything runs in this thread. */
  workerUrl?: URL;
}

const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`optout-lint: ${error.message}\nRun "optout-lint --help" for usage.\n`);
    } else if (
      error instanceof ConfigError ||
      error instanceof NoFilesError ||
      error instanceof AllFilesIgnoredError ||
      error instanceof UnknownFormatterError ||
      error instanceof OutputFileError ||
      error instanceof InitError
    ) {
      io.stderr.write(`optout-lint: ${error.message}\n`);
    } else {
      io.stderr.write(`optout-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT.fatal;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const opts = parseCliArgs(argv);
  if (opts.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (opts.version) {
    io.stdout.write(`${OptoutLint.version}\n`);
    return EXIT.ok;
  }
  if (opts.init) {
    const outcome = await initConfig(io.cwd);
    io.stdout.write(
      `Wrote ${path.relative(io.cwd, outcome.file)}.\n${outcome.notes.map((n) => `  ${n}\n`).join('')}Run optout-lint to lint the templates with it.\n`,
    );
    return EXIT.ok;
  }
  const formatter = await loadFormatter(opts.format, io.cwd);
  // Fail before linting, not after minutes of it.
  const outputFile = opts.outputFile !== undefined ? await writableOutputFile(path.resolve(io.cwd, opts.outputFile)) : undefined;
  const headers = opts.headers !== undefined ? await readHeadersFile(path.resolve(io.cwd, opts.headers)) : undefined;
  const linter = new OptoutLint(await apiOptions(opts, io, headers));
  if (opts.listRules) {
    io.stdout.write(listRules(linter.getRulesMeta()));
    return EXIT.ok;
  }
  if (opts.printConfig !== undefined) {
    const config = await linter.calculateConfigForFile(opts.printConfig);
    io.stdout.write(`${JSON.stringify(config, null, 2)}\n`);
    return EXIT.ok;
  }

  let results: LintResult[];
  if (opts.stdin) {
    if (opts.patterns.length > 0) throw new UsageError('--stdin cannot be combined with file patterns');
    results = [await linter.lintText(decodeText(await io.readStdin()), { filePath: opts.stdinFilename })];
  } else {
    // ESLint 9: no patterns lints the current folder.
    results = await linter.lintFiles(opts.patterns.length > 0 ? opts.patterns : ['.']);
    if (opts.fix) await OptoutLint.outputFixes(results);
  }

  if (opts.quiet) results = results.map(errorsOnly);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);

  const color = outputFile !== undefined && opts.color === undefined ? false : useColor(opts.color, io.env, io.stdout);
  const maxWarningsExceeded = opts.maxWarnings !== undefined && warnings > opts.maxWarnings && errors === 0;
  const context = {
    cwd: io.cwd,
    color,
    rulesMeta: linter.getRulesMeta(),
    version: OptoutLint.version,
    // ESLint's formatter context, for formatters written for ESLint.
    ...(maxWarningsExceeded ? { maxWarningsExceeded: { maxWarnings: opts.maxWarnings!, foundWarnings: warnings } } : {}),
  };
  // JSON is written a result at a time; other formats are one string (they need the whole run anyway).
  const pieces: Iterable<string> = formatter === formatters.json ? jsonPieces(results) : [await formatter(results, context)];
  if (outputFile !== undefined) {
    const file = outputFile;
    try {
      writeAll(file, pieces);
    } catch (error) {
      io.stderr.write(`optout-lint: cannot write ${file}: ${describeError(error)}\n`);
      return EXIT.fatal;
    }
  } else {
    let last = '';
    for (const piece of pieces) {
      if (!piece) continue;
      io.stdout.write(piece);
      last = piece;
    }
    if (last && !last.endsWith('\n')) io.stdout.write('\n');
  }

  if (errors > 0) return EXIT.problems;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`optout-lint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** The flags as API options: --profile under every config file, --rule and --headers over them. */
async function apiOptions(opts: CliOptions, io: CliIO, headers: string | undefined): Promise<OptoutLintOptions> {
  let baseConfig: Config | undefined;
  if (opts.profile !== undefined) {
    try {
      baseConfig = profileConfig(opts.profile);
    } catch (error) {
      throw new UsageError(describeError(error));
    }
  }
  const overrideConfig = await Promise.all(opts.rules.map(ruleFlagConfig));
  if (headers !== undefined) overrideConfig.push({ headers });
  return {
    cwd: io.cwd,
    ...(baseConfig ? { baseConfig } : {}),
    ...(opts.config !== undefined ? { overrideConfigFile: opts.config } : {}),
    configLookup: opts.configLookup,
    fix: opts.fix || opts.fixDryRun,
    errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern,
    ...(opts.debug ? { onDebug: (line: string) => io.stderr.write(`optout-lint:debug ${line}\n`) } : {}),
    overrideConfig,
    reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives,
    ignore: !opts.noIgnore,
    ignorePatterns: opts.ignorePatterns,
    ...(opts.extensions ? { extensions: opts.extensions } : {}),
    // Only the html report shows the rendered template; other formats stay exactly ESLint's shape.
    keepRendered: opts.format === 'html',
    cache: opts.cache,
    ...(opts.cacheLocation !== undefined ? { cacheLocation: cacheFile(path.resolve(io.cwd, opts.cacheLocation), opts.cacheLocation) } : {}),
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(io.workerUrl ? { workerUrl: io.workerUrl } : {}),
    ...(opts.render
      ? {
          render: {
            ...(opts.renderBrowser !== undefined ? { browser: path.resolve(io.cwd, opts.renderBrowser) } : {}),
            ...(opts.renderOut !== undefined ? { outDir: path.resolve(io.cwd, opts.renderOut) } : {}),
            keepScreenshots: opts.format === 'html',
            env: io.env,
            onUnavailable: (message: string) => io.stderr.write(`optout-lint: ${message}\n`),
          },
        }
      : {}),
    ...(opts.probe
      ? {
          probe: {
            timeoutMs: opts.probeTimeoutMs,
            allowPrivate: opts.probeAllowPrivate,
            onNote: (file: string, note: string) => io.stderr.write(`optout-lint: probe: ${path.relative(io.cwd, file) || file}: ${note}\n`),
          },
        }
      : {}),
  };
}

class OutputFileError extends Error {
  override name = 'OutputFileError';
}

/** `-o FILE`: its folder is created and must be writable, and FILE must not be a folder; checked before linting. */
async function writableOutputFile(file: string): Promise<string> {
  const fail = (why: string) => new OutputFileError(`-o ${file}: cannot write the report there (${why}).`);
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw fail('it is a folder');
    await mkdir(path.dirname(file), { recursive: true });
    await access(path.dirname(file), constants.W_OK);
    if (statSync(file, { throwIfNoEntry: false })) await access(file, constants.W_OK);
  } catch (error) {
    throw error instanceof OutputFileError ? error : fail(describeError(error));
  }
  return file;
}

/** `--cache-location`: a folder (written with a trailing slash, or one that exists) holds `.optoutcache`. */
function cacheFile(resolved: string, written: string): string {
  const isFolder = /[\\/]$/.test(written) || statSync(resolved, { throwIfNoEntry: false })?.isDirectory() === true;
  return isFolder ? path.join(resolved, DEFAULT_CACHE_LOCATION) : resolved;
}

/** Pieces are gathered up to this many characters per write: one system call per result cost more than the JSON. */
const WRITE_BATCH = 1 << 16;

/** Writes the pieces of a report to a file as they come, a batch at a time. */
function writeAll(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_BATCH) {
        writeSync(fd, batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
}

/** `--headers FILE`: the header block, read once; a missing file is a usage error. */
async function readHeadersFile(file: string): Promise<string> {
  try {
    return decodeText(await readFile(file));
  } catch (error) {
    throw new UsageError(`--headers ${file}: ${describeError(error)}`);
  }
}

function errorsOnly(result: LintResult): LintResult {
  const kept = result.messages.filter((m) => m.severity === 2);
  const out = toResult(result.filePath, kept, result.source, {
    suppressedMessages: result.suppressedMessages,
    usedDeprecatedRules: result.usedDeprecatedRules,
  });
  if (result.rendered && kept.length > 0) {
    // Renumber the html report's marks to the kept messages.
    const newIndex = new Map(kept.map((m, i) => [result.messages.indexOf(m), i]));
    const marks = result.rendered.marks.flatMap((mark) => {
      const index = newIndex.get(mark.index);
      return index === undefined ? [] : [{ ...mark, index }];
    });
    out.rendered = { html: result.rendered.html, marks };
  }
  if (result.screenshots) out.screenshots = result.screenshots;
  return out;
}

/** --color/--no-color win; then NO_COLOR and FORCE_COLOR; then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, stdout: { isTTY?: boolean }): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stdout.isTTY === true && env.TERM !== 'dumb';
}

function listRules(meta: Record<string, RuleMeta>): string {
  const all = Object.values(meta);
  if (all.length === 0) return 'No rules registered.\n';
  const width = Math.max(...all.map((m) => m.id.length));
  return all.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(5)}  ${m.description}\n`).join('');
}
