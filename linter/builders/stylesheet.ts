// A style sheet named on its own (`optout-lint styles.css`): the rules of the emails that include it, not an
// email. It is read as the `<style>` of an empty document and is a partial, so the whole-email rules ("No
// opt-out link") do not run on it; what it does to a link is judged in the emails that pull it in.
import { EmailDocument } from '../document.ts';
import { Source, computeLineStarts, positionIn } from '../source.ts';
import type { InputBuilder } from './index.ts';

const OPEN = '<style>';

export const stylesheetBuilder: InputBuilder = {
  name: 'css',
  extensions: ['.css'],
  build({ text, filename, config }) {
    const lines = computeLineStarts(text);
    // Offsets of the wrapped text, less the `<style>` in front, are offsets of the file.
    const at = (offset: number) => positionIn(lines, Math.min(text.length, Math.max(0, offset - OPEN.length)));
    const source = new Source(`${OPEN}${text}</style>`, filename, (range) => {
      const start = at(range.start);
      const end = at(range.end);
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
    return EmailDocument.fromHtml(
      source,
      { rendered: false, role: { kind: 'partial', reason: 'it is a style sheet: its rules style the emails that include it' } },
      config.locales[0],
    );
  },
};
