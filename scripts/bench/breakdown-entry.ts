// Where the engine's time goes, in-process (no start-up, no I/O): `npm run bench:breakdown -- [DIR…] [--rounds=N]`.
// Lints every .html/.mjml of DIR (default: examples/ and ../shared/corpus/html) ROUNDS times and prints the
// time of parsing, of the shared lazily computed parts (language, opt-out links) and of each rule.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmailDocument } from '../../linter/document.ts';
import { Source } from '../../linter/source.ts';
import { parseDocument } from 'htmlparser2';
import { parseHtml } from '../../linter/dom.ts';
import { lintText, runRules } from '../../linter/run.ts';
import { resolveConfig } from '../../linter/config.ts';
import { rules, presets } from '../../rules/index.ts';

const ROOT = process.env.OPTOUT_ROOT ?? process.cwd();
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const sourceDirs = dirs.length ? dirs : [join(ROOT, 'examples', 'good'), join(ROOT, 'examples', 'bad'), resolve(ROOT, '..', 'shared', 'corpus', 'html')];
const files: { name: string; text: string }[] = [];
for (const d of sourceDirs) {
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d)) if (f.endsWith('.html')) files.push({ name: join(d, f), text: readFileSync(join(d, f), 'utf8') });
}
const config = resolveConfig([{ extends: ['optout-lint:recommended'] }], { rules, presets });
const times = new Map<string, number>();
const add = (k: string, ms: number) => times.set(k, (times.get(k) ?? 0) + ms);
const time = <T>(k: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  add(k, performance.now() - t);
  return r;
};

// Warm up the whole path once (regex compilation, JIT).
for (const f of files) await lintText(f.text, { filename: f.name, config, rules });
let whole = 0;
for (let round = 0; round < ROUNDS; round++) {
  const t = performance.now();
  for (const f of files) await lintText(f.text, { filename: f.name, config, rules });
  whole += performance.now() - t;
  for (const f of files) {
    time('htmlparser2 parseDocument (the floor)', () => parseDocument(f.text, { withStartIndices: true, withEndIndices: true }));
    time('parseHtml alone', () => parseHtml(f.text));
    const doc = time('parse (EmailDocument)', () => EmailDocument.fromHtml(new Source(f.text, f.name)));
    time('  language', () => doc.lang);
    time('  opt-out links', () => doc.optOutLinks());
    for (const rule of rules) time(rule.meta.id, () => runRules(doc, config, [rule]));
  }
}
console.log(`${files.length} templates × ${ROUNDS} rounds; per round, ms:`);
console.log(`${(whole / ROUNDS).toFixed(1).padStart(8)}  lintText, whole`);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log(`${(v / ROUNDS).toFixed(1).padStart(8)}  ${k}`);
