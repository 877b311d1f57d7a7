// JUnit XML, laid out like ESLint's junit formatter: a <testsuite> per file, a <testcase> per finding
// (<failure>, or <error> for a file that could not be linted) and one passing <testcase> for a clean file.
import type { Formatter } from './types.ts';
import { escapeXml, relativePosix, ruleLabel } from './shared.ts';

const cdata = (s: string) => `<![CDATA[${s.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;

export const junit: Formatter = (results, { cwd }) => {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const result of results) {
    const file = escapeXml(relativePosix(result.filePath, cwd));
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    for (const m of result.messages) {
      const kind = m.fatal ? 'error' : 'failure';
      if (m.fatal) suiteErrors++;
      else suiteFailures++;
      const level = m.severity === 2 ? 'Error' : 'Warning';
      const body = `line ${m.line}, col ${m.column}, ${level} - ${m.message} (${ruleLabel(m)})`;
      cases.push(
        `<testcase time="0" name="${escapeXml(`${ruleLabel(m)} ${m.line}:${m.column}`)}" classname="${file}">` +
          `<${kind} message="${escapeXml(m.message)}" type="${m.severity === 2 ? 'error' : 'warning'}">${cdata(body)}</${kind}></testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`<testcase time="0" name="${file}" classname="${file}" />`);
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `<testsuite package="org.optout-lint" time="0" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" name="${file}">\n` +
        cases.map((c) => `  ${c}\n`).join('') +
        '</testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="optout-lint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
