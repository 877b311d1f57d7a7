// React Email (`.tsx`/`.jsx` emails with a default export): bundled with esbuild and rendered with the project's
// own react and @react-email/render (react-dom/server when that is absent), in a child process with a time limit,
// so a component that loops or throws cannot take the run down. The rendered HTML is what the rules read;
// findings point at the component's `export default` line, since the markup is generated.
import { createRequire } from 'node:module';
import path from 'node:path';
import { BuilderError, type InputBuilder } from '../builders/index.ts';
import { EmailDocument } from '../document.ts';
import { Source, computeLineStarts, positionIn } from '../source.ts';
import type { Location } from '../types.ts';
import { nodeChildProcess } from './lazy-builtin.ts';

/** Longest a render may take (OPTOUT_REACT_RENDER_TIMEOUT_MS changes it, in milliseconds). */
function renderTimeoutMs(): number {
  const n = Number(process.env['OPTOUT_REACT_RENDER_TIMEOUT_MS']);
  return Number.isFinite(n) && n > 0 ? n : 15_000;
}

/** The child: evaluates the bundle with the project's require, renders the default export with its PreviewProps. */
const RENDER_SCRIPT = `
const { createRequire } = require('node:module');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', async () => {
  const { file, code, renderer } = JSON.parse(input);
  const req = createRequire(file);
  const module = { exports: {} };
  try {
    new Function('require', 'module', 'exports', code)(req, module, module.exports);
    const Email = module.exports.default;
    if (typeof Email !== 'function') throw new Error('the default export is not a component');
    const React = req('react');
    const element = React.createElement(Email, Email.PreviewProps || {});
    const html = renderer === '@react-email/render'
      ? await req('@react-email/render').render(element)
      : '<!DOCTYPE html>' + req('react-dom/server').renderToStaticMarkup(element);
    process.stdout.write(html);
  } catch (error) {
    process.stderr.write(String(error && error.stack ? error.message : error));
    process.exit(1);
  }
});
`;

export const reactEmailBuilder: InputBuilder = {
  name: 'react-email',
  extensions: ['.tsx', '.jsx'],
  async build({ text, filename, config }) {
    if (!/\bexport\s+default\b/.test(text) && !/\bexport\s*\{[^}]*\bas\s+default\b/.test(text)) {
      // A component (a footer, a button) that emails import: nothing to render on its own.
      return EmailDocument.fromHtml(new Source('', filename), {
        rendered: false,
        role: { kind: 'partial', reason: 'a React component without a default export' },
      });
    }
    const renderer = projectRenderer(filename);
    const code = await bundle(filename);
    const html = await render(filename, code, renderer);
    const at = exportDefaultLocation(text);
    const source = new Source(html, filename, () => ({ ...at, note: '(in the rendered email)' }));
    return EmailDocument.fromHtml(source, { rendered: false }, config.locales[0]);
  },
};

/** Which renderer the project has: @react-email/render, else react-dom/server; a clear error when it has neither or no react. */
function projectRenderer(file: string): '@react-email/render' | 'react-dom/server' {
  const req = createRequire(path.resolve(file));
  const has = (name: string) => {
    try {
      req.resolve(name);
      return true;
    } catch {
      return false;
    }
  };
  const dir = path.dirname(path.resolve(file));
  if (!has('react')) throw new BuilderError(`Cannot render this React Email: "react" is not installed for ${dir} (run npm install in the email project).`);
  if (has('@react-email/render')) return '@react-email/render';
  if (has('react-dom/server')) return 'react-dom/server';
  throw new BuilderError(
    `Cannot render this React Email: neither "@react-email/render" nor "react-dom" is installed for ${dir} (run npm install in the email project).`,
  );
}

async function bundle(file: string): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new BuilderError('Cannot render React Email: the "esbuild" package is not installed next to optout-lint.');
  }
  try {
    const out = await esbuild.build({
      entryPoints: [path.resolve(file)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      jsx: 'automatic',
      logLevel: 'silent',
      // The project's own copies, loaded by the child with the project's require.
      external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@react-email/*'],
    });
    return out.outputFiles[0]!.text;
  } catch (error) {
    const first = (error as { errors?: { text: string; location?: { file: string; line: number } }[] }).errors?.[0];
    const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
    throw new BuilderError(`Cannot build this React Email: ${first?.text ?? String(error)}${where}`);
  }
}

function render(file: string, code: string, renderer: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = nodeChildProcess().spawn(process.execPath, ['-e', RENDER_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'], cwd: path.dirname(path.resolve(file)) });
    let stdout = '';
    let stderr = '';
    const timeout = renderTimeoutMs();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BuilderError(`The React Email took longer than ${timeout / 1000} s to render; it was stopped.`));
    }, timeout);
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new BuilderError(`Cannot start the React Email renderer: ${error.message}`));
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status === 0) resolve(stdout);
      else if (status !== null) reject(new BuilderError(`The React Email threw while rendering: ${stderr.trim().split('\n')[0] || `exit ${status}`}`));
    });
    child.stdin.end(JSON.stringify({ file: path.resolve(file), code, renderer }));
  });
}

/** The `export default` line: where findings on generated markup point. */
function exportDefaultLocation(text: string): Location {
  const m = /\bexport\s+default\b/.exec(text) ?? /\bexport\s*\{[^}]*\bas\s+default\b/.exec(text);
  const start = m?.index ?? 0;
  const lines = computeLineStarts(text);
  const s = positionIn(lines, start);
  const e = positionIn(lines, start + (m?.[0].length ?? 0));
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
