// The language server on a ~100 KB draft, as an editor drives it: after each change, the time until its
// diagnostics arrive, less the 200 ms typing debounce (so: the engine, the config lookup and the JSON-RPC
// round trip). Median of repeated changes, warm. Prints JSON.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const DEBOUNCE_MS = 200;
const html = readFileSync(join(root, 'examples', 'good', 'newsletter.html'), 'utf8');
const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>')).replace(/<body[^>]*>/, '');
let draft = html.slice(0, html.indexOf('<body')) + '<body>';
while (draft.length < 100 * 1024) draft += body;
draft += '</body></html>';

const server = spawn(process.execPath, [join(root, 'dist', 'lsp.js'), '--stdio'], { cwd: root, stdio: 'pipe' });
let buffer = Buffer.alloc(0);
const waiting = [];
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    const i = waiting.findIndex((w) => w.match(message));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(message);
  }
});
const send = (message) => {
  const text = JSON.stringify({ jsonrpc: '2.0', ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
};
const next = (match) => new Promise((resolve) => waiting.push({ match, resolve }));
const uri = pathToFileURL(join(root, 'bench-draft.html')).href;
const diagnostics = (version) => next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);

send({ id: 1, method: 'initialize', params: { processId: null, rootUri: pathToFileURL(root).href, capabilities: {} } });
await next((m) => m.id === 1);
send({ method: 'initialized', params: {} });
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'html', version: 1, text: draft } } });
await diagnostics(1);
const times = [];
for (let version = 2; version <= 17; version++) {
  const text = draft.replace('</body>', `<p>edit ${version}</p></body>`);
  const started = performance.now();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
  await diagnostics(version);
  if (version > 3) times.push(performance.now() - started - DEBOUNCE_MS);
}
server.kill();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ bytes: draft.length, medianMs: times[Math.floor(times.length / 2)] }));
