// The mjml half of MJML input, Node side: parse and compile with mjml (the ~400 ms import lives here), and
// find the stretches of the HTML copied verbatim from the source. The result is plain data, so the CLI can
// compile in a worker thread while this thread lints (mjml-compiler.ts); the engine's MJML builder
// (linter/builders/mjml.ts) maps positions.
import mjml2html from 'mjml';
import * as mjmlCore from 'mjml-core';
import parseMjml from 'mjml-parser-xml';
import { computeLineStarts } from '../source.ts';
import type { CompiledMjml, Segment } from '../builders/mjml.ts';

interface MjmlNode {
  tagName: string;
  line: number;
  content?: string;
  attributes?: Record<string, string>;
  children?: MjmlNode[];
}

export async function compileMjmlParts(text: string): Promise<CompiledMjml> {
  const components = (mjmlCore as unknown as { components: Record<string, unknown> }).components;
  let json: MjmlNode;
  try {
    json = parseMjml(text, { keepComments: true, components, ignoreIncludes: true }) as MjmlNode;
  } catch (error) {
    throw new Error(`broken MJML: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!json || json.tagName !== 'mjml') throw new Error('broken MJML: the root element is not <mjml>');
  // validationLevel 'skip': mjml's validator only reports (it never changes the HTML) and we do not use its
  // errors; it is ~10% of the compile. The other options are mjml's defaults, spelled out.
  const result = await mjml2html(json as never, { validationLevel: 'skip', keepComments: true, minify: false, beautify: false });
  return { html: result.html, segments: collectSegments(text, result.html, json) };
}

function collectSegments(mjml: string, html: string, root: MjmlNode): Segment[] {
  const segments: Segment[] = [];
  const mjmlLines = computeLineStarts(mjml);
  let compiledCursor = 0;
  const stack: MjmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.content && node.content.trim().length > 0) {
      const lineStart = mjmlLines[Math.max(0, node.line - 1)] ?? 0;
      const inSource = mjml.indexOf(node.content, lineStart);
      let inHtml = html.indexOf(node.content, compiledCursor);
      if (inHtml < 0) inHtml = html.indexOf(node.content);
      if (inSource >= 0 && inHtml >= 0) {
        segments.push({ compiled: inHtml, source: inSource, length: node.content.length });
        if (!node.tagName.startsWith('mj-style') && !node.tagName.startsWith('mj-attributes')) compiledCursor = inHtml + node.content.length;
      }
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return segments;
}
