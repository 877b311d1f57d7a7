// .eml input: a raw message (headers, MIME parts) read by linter/eml; browser-safe, so the extension
// registers it too ("Show original").
import { buildEmlDocument } from '../eml/index.ts';
import type { InputBuilder } from './index.ts';

export const emlBuilder: InputBuilder = {
  name: 'eml',
  extensions: ['.eml'],
  build: ({ text, filename, config }) => buildEmlDocument(text, filename, config),
};
