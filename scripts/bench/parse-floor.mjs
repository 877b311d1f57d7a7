// The parse floor: read every template of a folder and parse it with htmlparser2, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';

const dir = process.argv[2];
let elements = 0;
for (const f of readdirSync(dir)) {
  const doc = parseDocument(readFileSync(join(dir, f), 'utf8'), { withStartIndices: true, withEndIndices: true });
  elements += doc.children.length;
}
if (elements < 0) console.log(elements);
