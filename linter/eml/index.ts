// .eml input: postal-mime decodes the message (charsets, quoted-printable, base64, nested multiparts); our own
// raw walk (headers.ts, mime.ts) keeps positions so findings point at lines of the .eml file. Browser-safe.
import PostalMime from 'postal-mime';
import { EmailDocument, type MessageParts } from '../document.ts';
import { Source } from '../source.ts';
import type { ResolvedConfig } from '../types.ts';
import { findHeaders, parseHeaderBlock } from '../headers/fields.ts';
import { MAX_MIME_DEPTH, pickLeaf, walkMime } from './mime.ts';
import { partMapper, shiftLines, type OffsetMapper } from './positions.ts';

const PRE = '<pre>';
/** Defaults of the config keys `maxHeaders` and `maxHeaderLength`. */
const DEFAULT_MAX_HEADERS = 1000;
const DEFAULT_MAX_HEADER_LENGTH = 1024 * 1024;

export async function buildEmlDocument(text: string, filename: string, config: ResolvedConfig): Promise<EmailDocument> {
  const top = parseHeaderBlock(text);
  if (top.fields.length === 0) throw new Error('no header block: an .eml file starts with header lines such as "From: …"');
  const maxHeaders = config.maxHeaders ?? DEFAULT_MAX_HEADERS;
  const maxHeaderLength = config.maxHeaderLength ?? DEFAULT_MAX_HEADER_LENGTH;
  const walk = walkMime(text);
  if (walk.mostFields.count > maxHeaders) {
    throw new Error(
      `the header block at line ${walk.mostFields.line} has ${walk.mostFields.count} fields, over the limit of ${maxHeaders} (set maxHeaders in the config to raise it)`,
    );
  }
  const field = walk.longestField;
  if (field && field.value.length > maxHeaderLength) {
    throw new Error(
      `the ${field.name} header (line ${field.line}) is ${field.value.length} characters long, over the limit of ${maxHeaderLength} (set maxHeaderLength in the config to raise it)`,
    );
  }
  const notices: { message: string; line: number }[] = [];
  let parsable = text;
  if (walk.cut.length > 0) {
    // postal-mime would follow the nesting (and give up on the whole message past its own limit): blank out what
    // our walk did not enter, keeping every offset and line, so both see the same shallow tree.
    const pieces: string[] = [];
    let at = 0;
    for (const cut of [...walk.cut].sort((a, b) => a.start - b.start)) {
      if (cut.start < at) continue;
      pieces.push(text.slice(at, cut.start), text.slice(cut.start, cut.end).replace(/[^\r\n]/g, ' '));
      at = cut.end;
    }
    pieces.push(text.slice(at));
    parsable = pieces.join('');
    notices.push({ message: `MIME parts nest deeper than ${MAX_MIME_DEPTH}; the rest is not checked.`, line: walk.cut[0]!.line });
  }
  const email = await PostalMime.parse(parsable);
  const leaves = walk.leaves;
  const htmlLeaf = pickLeaf(leaves, 'text/html');
  const textLeaf = pickLeaf(leaves, 'text/plain');

  // Without a leaf of its own (postal-mime found the text elsewhere), its lines count from the body's first line.
  const plainText =
    email.text !== undefined
      ? new Source(email.text, filename, textLeaf ? partMapper(text, textLeaf, email.text) : shiftLines(top.bodyLine - 1, email.text))
      : undefined;

  let body = '';
  let mapper: OffsetMapper | undefined;
  let bodyFrom: MessageParts['bodyFrom'] = 'none';
  if (email.html !== undefined) {
    body = email.html;
    bodyFrom = 'html';
    if (htmlLeaf) mapper = partMapper(text, htmlLeaf, email.html);
  } else if (email.text !== undefined) {
    // A text-only message: lint its text as the body, inside a <pre> (the rules need an element around the text).
    // `<` becomes a space (same length, so offsets hold) so that `<https://…>` stays a bare URL, not a tag.
    body = PRE + email.text.replace(/</g, ' ');
    bodyFrom = 'text';
    if (textLeaf) {
      const textMapper = partMapper(text, textLeaf, email.text);
      const shift = (n: number) => Math.max(0, n - PRE.length);
      mapper = (range) => textMapper({ start: shift(range.start), end: shift(range.end) });
    }
  }
  // Positions outside any mapped part point at the first body line.
  const fallback = { line: top.bodyLine, column: 1, endLine: top.bodyLine, endColumn: 1 };
  const source = new Source(body, filename, (range) => mapper?.(range) ?? (body ? undefined : fallback));
  const lang = findHeaders(top.fields, 'content-language')[0]?.value.trim().slice(0, 2).toLowerCase() || config.locales[0];
  return EmailDocument.fromHtml(
    source,
    {
      rendered: true,
      headers: top.fields,
      headersOrigin: 'message',
      bodyFrom,
      ...(plainText ? { plainText } : {}),
      ...(notices.length > 0 ? { notices } : {}),
    },
    lang,
  );
}
