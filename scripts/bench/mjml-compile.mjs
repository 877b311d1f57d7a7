// mjml's own compile of every template in a folder, nothing else: the floor for linting MJML.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mjml2html from 'mjml';

const dir = process.argv[2];
for (const f of readdirSync(dir)) {
  await mjml2html(readFileSync(join(dir, f), 'utf8'), { validationLevel: 'soft' });
}
