// `optout-lint/eslint-plugin`: the rules as ESLint rules on ESLint 9's language API (as @eslint/json and
// @eslint/css do). The language `optout/email` hands ESLint a document whose root carries the engine's
// findings; each ESLint rule reports its own. Severities, `eslint-disable` comments, suggestions and the
// output are ESLint's; the judgement is the engine's, the same as the CLI's.
//
//   import optout from 'optout-lint/eslint-plugin';
//   export default [optout.configs.recommended];
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSyncFn } from 'synckit';
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { LintMessage, LintResult } from '../../types.ts';
import { presets, rules } from '../../../rules/index.ts';
import { resolveConfig } from '../../config.ts';
import pkg from '../../../package.json' with { type: 'json' };
import type { EmailSettings, LintRequest } from './engine.ts';

/** The files the configs lint: the CLI's default endings. */
export const EMAIL_FILES = [
  '**/*.html',
  '**/*.htm',
  '**/*.mjml',
  '**/*.eml',
  '**/*.hbs',
  '**/*.handlebars',
  '**/*.mustache',
  '**/*.liquid',
  '**/*.njk',
  '**/*.nunjucks',
  '**/*.j2',
  '**/*.jinja',
  '**/*.jinja2',
  '**/*.twig',
];

interface Position {
  line: number;
  column: number;
}
interface Loc {
  start: Position;
  end: Position;
}

/** The one node: the whole email, with what the engine found in it. */
interface EmailDocumentNode {
  type: 'Document';
  loc: Loc;
  range: [number, number];
  findings: LintMessage[];
}

interface CommentNode {
  type: 'Comment';
  loc: Loc;
  range: [number, number];
}

type Lint = (request: LintRequest) => LintResult;
let lintSync: Lint | undefined;

/** The engine, called synchronously through a worker thread (ESLint's parse is synchronous). */
function lint(request: LintRequest): LintResult {
  lintSync ??= createSyncFn(fileURLToPath(new URL('./eslint-worker.js', import.meta.url)), { timeout: 120_000 }) as Lint;
  return lintSync(request);
}

const commentParser = new ConfigCommentParser();

class EmailSourceCode extends TextSourceCodeBase<{
  LangOptions: EmailSettings & Record<string, unknown>;
  RootNode: EmailDocumentNode;
  SyntaxElementWithLoc: EmailDocumentNode | CommentNode;
  ConfigNode: CommentNode;
}> {
  private readonly request: LintRequest;
  /** Findings with non-default rule options, by rule id and options. */
  private readonly withOptions = new Map<string, LintMessage[]>();

  constructor(text: string, ast: EmailDocumentNode, request: LintRequest) {
    super({ text, ast });
    this.request = request;
  }

  /** What one rule reports here: from the shared run, or from a run of its own when it has options. */
  findingsOf(ruleId: string, options: unknown[]): LintMessage[] {
    if (options.length === 0) return this.ast.findings.filter((m) => m.ruleId === ruleId);
    const key = `${ruleId}\0${JSON.stringify(options)}`;
    let found = this.withOptions.get(key);
    if (!found) {
      const result = lint({ ...this.request, rules: { [ruleId]: ['error', options[0] as Record<string, unknown>] } });
      found = result.messages.filter((m) => m.ruleId === ruleId);
      this.withOptions.set(key, found);
    }
    return found;
  }

  override getParent(): undefined {
    return undefined;
  }

  override *traverse() {
    yield new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, undefined] });
    yield new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, undefined] });
  }

  /** `<!-- eslint-disable optout/rule -- why -->` and its kin, as ESLint's own languages read theirs. */
  getDisableDirectives() {
    const directives: Directive[] = [];
    const problems: { ruleId: null; message: string; loc: Loc }[] = [];
    for (const m of this.text.matchAll(/<!--([\s\S]*?)-->/g)) {
      const parsed = commentParser.parseDirective(m[1]!);
      if (!parsed) continue;
      const type = parsed.label.replace(/^eslint-/, '');
      if (!['disable', 'enable', 'disable-next-line', 'disable-line'].includes(type)) continue;
      const node: CommentNode = {
        type: 'Comment',
        range: [m.index, m.index + m[0].length],
        loc: { start: this.getLocFromIndex(m.index), end: this.getLocFromIndex(m.index + m[0].length) },
      };
      if (type === 'disable-line' && node.loc.start.line !== node.loc.end.line) {
        problems.push({ ruleId: null, message: `${parsed.label} comment should not span multiple lines.`, loc: node.loc });
        continue;
      }
      directives.push(new Directive({ type: type as Directive['type'], node, value: parsed.value, justification: parsed.justification }));
    }
    return { directives, problems };
  }
}

/** `languageOptions` of the `optout/email` language: the config keys that describe the emails. */
const SETTING_KEYS = ['esp', 'locales', 'placeholders', 'headers', 'partials'];

const emailLanguage = {
  fileType: 'text' as const,
  lineStart: 1 as const,
  columnStart: 1 as const,
  nodeTypeKey: 'type',
  visitorKeys: { Document: [] as string[] },
  defaultLanguageOptions: {},
  validateLanguageOptions(options: Record<string, unknown>) {
    for (const key of Object.keys(options)) {
      if (!SETTING_KEYS.includes(key)) throw new TypeError(`optout/email: unknown language option "${key}" (known: ${SETTING_KEYS.join(', ')})`);
    }
  },
  parse(file: { path: string; physicalPath: string; body: string | Uint8Array }, context: { languageOptions: EmailSettings }) {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    const filename = path.resolve(file.physicalPath || file.path);
    const request: LintRequest = { text, filename, cwd: process.cwd(), settings: context.languageOptions };
    const result = lint(request);
    const fatal = result.messages.find((m) => m.fatal);
    // The CLI's fatal message (binary, too large, unparseable MJML…) as ESLint's parsing error.
    if (fatal) return { ok: false as const, errors: [{ message: fatal.message, line: fatal.line, column: fatal.column }] };
    const lines = text.split(/\r?\n/);
    const ast: EmailDocumentNode = {
      type: 'Document',
      range: [0, text.length],
      loc: { start: { line: 1, column: 1 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 } },
      findings: result.messages,
    };
    return { ok: true as const, ast, request };
  },
  createSourceCode(file: { body: string | Uint8Array }, parsed: { ast: EmailDocumentNode; request: LintRequest }) {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    return new EmailSourceCode(text, parsed.ast, parsed.request);
  },
};

/** Each preset resolved once, when the plugin loads (not once per rule and preset). */
const PRESET_RULES = new Map(Object.keys(presets).map((name) => [name, resolveConfig([{ extends: [`optout-lint:${name}`] }], { rules, presets }).rules]));

function presetSeverity(preset: string, id: string): 'off' | 'warn' | 'error' {
  return (['off', 'warn', 'error'] as const)[PRESET_RULES.get(preset)?.[id]?.severity ?? 0]!;
}

interface EslintRuleContext {
  options: unknown[];
  sourceCode: EmailSourceCode;
  report(descriptor: Record<string, unknown>): void;
}

const eslintRules = Object.fromEntries(
  rules.map((rule) => [
    rule.meta.id,
    {
      meta: {
        type: rule.meta.severity === 'error' ? 'problem' : 'suggestion',
        docs: { description: rule.meta.description, url: rule.meta.docs.url, recommended: presetSeverity('recommended', rule.meta.id) !== 'off' },
        schema: rule.meta.schema ? [rule.meta.schema] : [],
        hasSuggestions: true,
        language: 'optout/email',
      },
      create(context: EslintRuleContext) {
        return {
          Document() {
            for (const m of context.sourceCode.findingsOf(rule.meta.id, context.options)) {
              const end = { line: m.endLine ?? m.line, column: m.endColumn ?? m.column };
              context.report({
                loc: { start: { line: m.line, column: m.column }, end },
                message: m.message,
                ...(m.suggestions?.length
                  ? {
                      suggest: m.suggestions.map((s) => ({
                        desc: s.desc,
                        fix: (fixer: { replaceTextRange(range: [number, number], text: string): unknown }) => fixer.replaceTextRange(s.fix.range, s.fix.text),
                      })),
                    }
                  : {}),
              });
            }
          },
        };
      },
    },
  ]),
);

const plugin = {
  meta: { name: 'optout-lint', version: pkg.version },
  languages: { email: emailLanguage },
  rules: eslintRules,
  configs: {} as Record<string, unknown>,
};

// One flat-config object per preset: `optout.configs.recommended`, `optout.configs['gdpr-eu']`…
for (const name of Object.keys(presets)) {
  plugin.configs[name] = {
    name: `optout-lint/${name}`,
    files: EMAIL_FILES,
    plugins: { optout: plugin },
    language: 'optout/email',
    rules: Object.fromEntries(rules.map((r) => [`optout/${r.meta.id}`, presetSeverity(name, r.meta.id)])),
  };
}

export default plugin;
