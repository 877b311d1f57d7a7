// `npm run schema`: writes schema.json (the config's JSON Schema) from the rules' metadata. Run from the repository root.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchemaText } from '../linter/cli/config-schema.ts';

writeFileSync(join(process.cwd(), 'schema.json'), configSchemaText());
console.log('schema.json written');
