// SARIF 2.1.0 (OASIS), the format GitHub code scanning reads: the rules with their descriptions and help
// URIs, one result per finding with its physical location relative to %SRCROOT% (the cwd).
// Files that could not be linted become tool execution notifications, not results.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, Origin } from '../../types.ts';
import type { RuleMeta } from '../../rule.ts';
import { computeLineStarts, positionIn } from '../../source.ts';
import type { Formatter } from './types.ts';
import { relativePosix } from './shared.ts';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/optout-lint/optout-lint';
/** Pseudo rule for reports about the inline directives themselves (unused, unknown rule). */
const DIRECTIVE_RULE_ID = 'optout-directive';

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown?: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[] };
}

export const sarif: Formatter = (results, { cwd, rulesMeta = {}, version }) => {
  const descriptors: ReportingDescriptor[] = Object.values(rulesMeta).map(describeRule);
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const ruleIndex = (id: string, make: () => ReportingDescriptor) => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = descriptors.push(make()) - 1;
      indexOf.set(id, i);
    }
    return i;
  };
  const srcRoot = `${pathToFileURL(cwd).href.replace(/\/$/, '')}/`;
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, cwd);
    const lineStarts = result.source !== undefined ? computeLineStarts(result.source) : undefined;
    for (const m of result.messages) {
      const region = regionOf(m);
      if (m.fatal && m.ruleId === null) {
        notifications.push({
          level: 'error',
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: location, region } }],
        });
        continue;
      }
      const id = m.ruleId ?? DIRECTIVE_RULE_ID;
      const index = ruleIndex(id, () => (m.ruleId === null ? directiveDescriptor() : unknownDescriptor(id)));
      sarifResults.push({
        ruleId: id,
        ruleIndex: index,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        // Text from a template's partial: where it is written.
        ...(m.origin ? { relatedLocations: [relatedLocation(m.origin, cwd)] } : {}),
        ...(lineStarts ? fixesOf(m, location, lineStarts) : {}),
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'optout-lint',
            ...(version !== undefined ? { version, semanticVersion: version } : {}),
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

/** The message's safe edit and suggestions as SARIF fixes (the region replaced, the text put there). */
function fixesOf(m: LintMessage, artifactLocation: unknown, lineStarts: number[]): { fixes?: unknown[] } {
  const edits = [...(m.fix ? [{ desc: 'The safe edit that --fix applies', fix: m.fix }] : []), ...(m.suggestions ?? [])];
  if (edits.length === 0) return {};
  return {
    fixes: edits.map(({ desc, fix }) => {
      const start = positionIn(lineStarts, fix.range[0]);
      const end = positionIn(lineStarts, fix.range[1]);
      return {
        description: { text: desc },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              {
                deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
                insertedContent: { text: fix.text },
              },
            ],
          },
        ],
      };
    }),
  };
}

function describeRule(meta: RuleMeta): ReportingDescriptor {
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: firstSentence(meta.description) },
    fullDescription: { text: meta.description },
    helpUri: meta.docs.url,
    help: { text: `${meta.description}\n\nDocumentation: ${meta.docs.url}`, markdown: `${meta.description}\n\n[Documentation](${meta.docs.url})` },
    defaultConfiguration: { level: meta.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: ['email', 'opt-out', ...meta.regulations] },
  };
}

function directiveDescriptor(): ReportingDescriptor {
  const text = 'Inline optout-disable directives must name known rules and silence something.';
  return {
    id: DIRECTIVE_RULE_ID,
    name: 'OptoutDirective',
    shortDescription: { text },
    fullDescription: { text },
    help: { text },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['email', 'directive'] },
  };
}

function unknownDescriptor(id: string): ReportingDescriptor {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: id },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: [] },
  };
}

/** Relative to %SRCROOT% when the file is under cwd; an absolute file: URI otherwise. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativePosix(file, cwd);
  if (path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function relatedLocation(origin: Origin, cwd: string) {
  return {
    id: 1,
    message: { text: 'where the reported text is written (an included partial)' },
    physicalLocation: { artifactLocation: artifactLocation(origin.filePath, cwd), region: regionOf({ ...origin, ruleId: null, severity: 1, message: '' }) },
  };
}

function regionOf(m: LintMessage): Record<string, number> {
  const region: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine !== undefined) region.endLine = Math.max(region.startLine!, m.endLine);
  // SARIF's endColumn is exclusive, like ESLint's; an empty span is widened to one character.
  if (m.endColumn !== undefined) {
    const sameLine = (m.endLine ?? m.line) === m.line;
    region.endColumn = sameLine ? Math.max(region.startColumn! + 1, m.endColumn) : Math.max(1, m.endColumn);
  }
  return region;
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function firstSentence(s: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(s);
  return m ? m[0] : s;
}
