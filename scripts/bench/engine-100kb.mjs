// Engine time for one ~100 KB draft, as the extension's background runs it on every (debounced) input:
// in-process lintText, warm, median of repeated runs. Prints the median in ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../dist/api.js';

const root = process.argv[2];
const html = readFileSync(join(root, 'examples', 'good', 'newsletter.html'), 'utf8');
const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>')).replace(/<body[^>]*>/, '');
let draft = html.slice(0, html.indexOf('<body')) + '<body>';
while (draft.length < 100 * 1024) draft += body;
draft += '</body></html>';

const config = { extends: ['optout-lint:recommended'] };
for (let i = 0; i < 5; i++) await lintText(draft, { filename: 'draft.html', config });
const times = [];
for (let i = 0; i < 25; i++) {
  const started = performance.now();
  await lintText(draft, { filename: 'draft.html', config });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ bytes: draft.length, medianMs: times[Math.floor(times.length / 2)] }));
