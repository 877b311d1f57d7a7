// Fills in the line, column, endLine and endColumn that a rule test's expected errors leave out, and the
// suggestions the rule offers, from what the rule reports today (like a snapshot update: review the diff
// before committing it).
//   OPTOUT_FILL_POSITIONS=/tmp/positions.jsonl npx vitest run rules/
//   node scripts/fill-rule-test-positions.mjs /tmp/positions.jsonl
// Only literal cases are edited; cases made by a spread (`...cases.map(…)`) are listed for a hand edit.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const POSITION_KEYS = ['line', 'column', 'endLine', 'endColumn'];
const records = readFileSync(process.argv[2], 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const byFile = new Map();
for (const r of records) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);

for (const [file, fileRecords] of byFile) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const invalid = findInvalidArray(source);
  if (!invalid) {
    console.error(`${file}: no runRuleTests(…, { invalid: [ … ] }) found`);
    continue;
  }
  const gotByIndex = new Map(fileRecords.map((r) => [r.index, r.got]));
  const count = fileRecords[0].count;
  const spreads = invalid.elements.filter(ts.isSpreadElement).length;
  if (spreads > 1) {
    console.error(`${file}: more than one spread in invalid; edit by hand`);
    continue;
  }
  const spreadLength = count - (invalid.elements.length - spreads);
  const edits = [];
  let runtimeIndex = 0;
  for (const element of invalid.elements) {
    if (ts.isSpreadElement(element)) {
      if (needsFill(gotByIndex, runtimeIndex, spreadLength)) console.error(`${file}:${lineOf(source, element)}: generated cases; edit by hand`);
      runtimeIndex += spreadLength;
      continue;
    }
    const got = gotByIndex.get(runtimeIndex++);
    const errors = ts.isObjectLiteralExpression(element) ? property(element, 'errors')?.initializer : undefined;
    if (!got || !errors || !ts.isArrayLiteralExpression(errors)) continue;
    errors.elements.forEach((error, i) => {
      if (!ts.isObjectLiteralExpression(error) || !got[i]) return;
      const missing = POSITION_KEYS.filter((key) => !property(error, key));
      const missingSuggestions = !property(error, 'suggestions') && got[i].suggestions?.length > 0;
      if (missing.length > 0 || missingSuggestions) edits.push({ start: error.getStart(source), end: error.getEnd(), text: rewrite(error, source, got[i]) });
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  if (edits.length > 0) writeFileSync(file, out);
  console.log(`${file}: ${edits.length} expected error(s) completed`);
}

function needsFill(gotByIndex, from, length) {
  for (let i = from; i < from + length; i++) if (gotByIndex.has(i)) return true;
  return false;
}

/** `{ messageId, line, column, endLine, endColumn, …the rest as written }`, positions kept where given. */
function rewrite(error, source, got) {
  const parts = [];
  const messageId = property(error, 'messageId');
  if (messageId) parts.push(messageId.getText(source));
  for (const key of POSITION_KEYS) parts.push(property(error, key)?.getText(source) ?? `${key}: ${got[key]}`);
  for (const p of error.properties) {
    const name = p.name && ts.isIdentifier(p.name) ? p.name.text : undefined;
    if (name !== 'messageId' && !POSITION_KEYS.includes(name)) parts.push(p.getText(source));
  }
  if (!property(error, 'suggestions') && got.suggestions?.length > 0) parts.push(`suggestions: ${JSON.stringify(got.suggestions)}`);
  return `{ ${parts.join(', ')} }`;
}

function property(object, name) {
  return object.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === name);
}

function findInvalidArray(source) {
  let found;
  const visit = (node) => {
    if (found) return;
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'runRuleTests') {
      const cases = node.arguments[1];
      const invalid = cases && ts.isObjectLiteralExpression(cases) ? property(cases, 'invalid') : undefined;
      if (invalid && ts.isPropertyAssignment(invalid) && ts.isArrayLiteralExpression(invalid.initializer)) found = invalid.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function lineOf(source, node) {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}
