// Stands in for linter/mjml.ts in the extension bundle (see wxt.config.ts): the extension lints HTML and
// raw messages only, and mjml (hundreds of kB, Node-oriented) must not be bundled.
import type { EmailDocument } from '../../linter/document.ts';

export async function compileMjml(_text: string, _filename: string): Promise<EmailDocument> {
  throw new Error('MJML is not checked in the browser extension; use the CLI for .mjml files');
}
