// The package as a user gets it: `npm pack` (which builds through "prepare", printing only the tarball's name,
// as pre-commit's npm install path reads it), installed by file into an empty project with runtime
// dependencies only; its CLI and its API lint the bundled examples there.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../cli/helpers.ts';

const tmp = tempDir();
const project = path.join(tmp.dir, 'project');
let packStdout = '';
let tarball = '';

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const pack = sh('npm', ['pack', '--pack-destination', tmp.dir], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  packStdout = pack.stdout;
  tarball = path.join(tmp.dir, pack.stdout.trim());
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'newsletters', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--prefer-offline', '--no-package-lock', tarball], project);
  expect(install.code, install.stderr).toBe(0);
  cpSync(path.join(ROOT, 'examples'), path.join(project, 'emails'), { recursive: true });
}, 300_000);
afterAll(() => tmp.cleanup());

describe('npm pack', () => {
  it('prints only the tarball name on stdout (pre-commit reads it), with the build run by "prepare"', () => {
    expect(packStdout).toMatch(/^optout-lint-\d+\.\d+\.\d+\.tgz\n$/);
  });

  it('ships the bundle, the schema, the licence, the readme and the changelog, no sources or tests', () => {
    const list = sh('tar', ['-tzf', tarball], tmp.dir).stdout.split('\n').filter(Boolean);
    for (const file of [
      'package/dist/cli.js',
      'package/dist/api.js',
      'package/dist/worker.js',
      'package/schema.json',
      'package/LICENSE',
      'package/README.md',
      'package/CHANGELOG.md',
    ]) {
      expect(list).toContain(file);
    }
    expect(list.some((f) => /^package\/(?:linter|rules|test|extension|examples)\//.test(f))).toBe(false);
  });

  it('installs with runtime dependencies only', () => {
    const installed = readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(['domelementtype', 'domhandler', 'optout-lint']);
  });
});

describe('the installed package', () => {
  it('its CLI lints the examples (HTML, MJML, .eml, template projects) and exits 1 on the bad ones', () => {
    const r = sh(path.join(project, 'node_modules', '.bin', 'optout-lint'), ['-f', 'json', 'emails'], project);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number; fatalErrorCount: number; messages: { message: string }[] }[];
    // React Email renders with the project's own react, which this empty project does not have: said plainly.
    const fatal = results.filter((x) => x.fatalErrorCount > 0);
    expect(fatal.map((x) => path.basename(x.filePath))).toEqual(['welcome.tsx']);
    expect(fatal[0]!.messages[0]!.message).toMatch(
      /^Cannot render this React Email: "react" is not installed for .* \(run npm install in the email project\)\.$/,
    );
    const failing = (name: string) => results.find((x) => x.filePath.endsWith(name))!.errorCount > 0;
    expect(failing('no-optout.html')).toBe(true);
    expect(failing('promo.mjml')).toBe(true);
    expect(failing(path.join('good', 'newsletter.html'))).toBe(false);
    expect(failing(path.join('good', 'welcome.mjml'))).toBe(false);
    expect(failing(path.join('good', 'test-send.eml'))).toBe(false);
    expect(results.some((x) => x.filePath.endsWith('.liquid'))).toBe(true);
  });

  it('its API and schema resolve by package name', () => {
    const script = `import { OptoutLint } from 'optout-lint';
      import { createRequire } from 'node:module';
      const schema = createRequire(import.meta.url)('optout-lint/schema.json');
      const linter = new OptoutLint();
      const [result] = await linter.lintText('<body><p>Hi</p></body>', { filePath: 'x.html' });
      console.log(JSON.stringify({ ids: result.messages.map((m) => m.ruleId), title: schema.title }));`;
    writeFileSync(path.join(project, 'api.mjs'), script.replace('const [result] = await', 'const result = await'));
    const r = sh(process.execPath, ['api.mjs'], project);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ids: string[]; title: string };
    expect(out.ids).toContain('unsubscribe-link-present');
    expect(out.title).toBe('optout-lint configuration');
    expect(JSON.parse(readFileSync(path.join(project, 'node_modules/optout-lint/package.json'), 'utf8')).private).toBeUndefined();
  });
});

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}

/** Runs a composite action step's script as a runner would: `${{ inputs.x }}` becomes the input's value. */
function runStep(step: Step, inputs: Record<string, { default?: string }>, given: Record<string, string>, env: Record<string, string>, cwd: string) {
  const stepEnv: Record<string, string> = { ...env };
  for (const [k, v] of Object.entries(step.env ?? {})) {
    const input = /\$\{\{ inputs\.([\w-]+) \}\}/.exec(v)?.[1];
    stepEnv[k] = input ? (given[input] ?? inputs[input]?.default ?? '') : (given[k] ?? '');
  }
  return spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', step.run!], { cwd, env: stepEnv, encoding: 'utf8', timeout: 240_000 });
}

describe('the GitHub Action, its steps run locally with the packed package', () => {
  const action = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { steps: Step[] } };
  const runner = path.join(tmp.dir, 'runner');
  const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary.md') };
  let lint: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    mkdirSync(runner, { recursive: true });
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      RUNNER_TEMP: runner,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      NO_COLOR: '1',
      npm_config_prefer_offline: 'true',
    };
    const install = runStep(
      action.runs.steps.find((s) => s.id === 'install')!,
      action.inputs,
      { version: tarball },
      env,
      project,
    );
    expect(install.status, install.stderr).toBe(0);
    const entry = /^entry=(.*)$/m.exec(readFileSync(files.output, 'utf8'))![1]!;
    writeFileSync(files.output, '');
    // A quoted glob: optout-lint expands it, the shell does not.
    const given = { patterns: '"emails/bad/click-here-*.html" emails/good', 'sarif-file': 'out.sarif', ENTRY: entry };
    lint = runStep(
      action.runs.steps.find((s) => s.id === 'lint')!,
      action.inputs,
      given,
      env,
      project,
    );
  }, 300_000);

  it('installs the package alone and succeeds itself, passing the exit code on', () => {
    const installed = readdirSync(path.join(runner, 'optout-lint-action', 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(['domelementtype', 'domhandler', 'optout-lint']);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(readFileSync(files.output, 'utf8')).toBe('exit-code=1\n');
  });

  it('writes SARIF, annotations and the job summary from one run', () => {
    const log = JSON.parse(readFileSync(path.join(project, 'out.sarif'), 'utf8'));
    const uris = log.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect([...new Set(uris)]).toEqual(['emails/bad/click-here-it.html']);
    expect(String(lint.stdout)).toMatch(/^::error file=emails\/bad\/click-here-it\.html,line=34,col=52,/m);
    expect(readFileSync(files.summary, 'utf8')).toMatch(/^### optout-lint: ✖ 2 problems \(1 error, 1 warning\)/);
  });
});

describe("pre-commit's npm install path, scripted", () => {
  // pre-commit: `npm pack` (stdout = the tarball's name, checked above), `npm install -g TARBALL` into its own
  // prefix, then the hook's entry with the staged files that match `files`.
  const hook = (load(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { entry: string; files: string }[])[0]!;
  const prefix = path.join(tmp.dir, 'pre-commit-env');
  const repo = path.join(tmp.dir, 'repo');
  const env = () => ({
    ...process.env,
    NPM_CONFIG_PREFIX: prefix,
    npm_config_prefix: prefix,
    PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`,
    NO_COLOR: '1',
  });

  beforeAll(() => {
    const install = spawnSync('npm', ['install', '-g', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      env: env(),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(install.status, install.stderr).toBe(0);
    mkdirSync(repo);
    cpSync(path.join(ROOT, 'examples/good/newsletter.html'), path.join(repo, 'newsletter.html'));
    cpSync(path.join(ROOT, 'examples/bad/no-optout.html'), path.join(repo, 'promo.html'));
    writeFileSync(path.join(repo, 'notes.txt'), 'not a template');
  }, 300_000);

  const runHook = (staged: string[]) => {
    const files = staged.filter((f) => new RegExp(hook.files).test(f));
    return spawnSync(hook.entry, files, { cwd: repo, env: env(), encoding: 'utf8', timeout: 60_000 });
  };

  it('passes a commit of compliant templates and stops one without an opt-out', () => {
    expect(runHook(['newsletter.html', 'notes.txt']).status).toBe(0);
    const bad = runHook(['newsletter.html', 'promo.html']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('promo.html');
    expect(bad.stdout).toContain('unsubscribe-link-present');
  });
});
