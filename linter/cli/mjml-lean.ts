// mjml-core requires, at load time, packages the CLI never runs: htmlnano and cssnano-preset-lite (minify),
// js-beautify (beautify), and through juice and cheerio their URL/file loaders (web-resource-inliner,
// undici); and packages only some templates need: juice (mj-style inline) and cheerio
// (mj-html-attributes). Together they are over half of mjml's ~500 ms import. For the CLI process and its
// workers only (never the API: a host program may minify with the same mjml), the unused ones get a
// stand-in that throws if used, the occasional ones a stand-in that loads them at their first use. And one
// Babel helper that mjml calls for every component answers from memory (see once).
import Module from 'node:module';

const UNUSED = new Set(['htmlnano', 'cssnano-preset-lite', 'js-beautify', 'web-resource-inliner', 'undici']);
const ON_FIRST_USE = new Set(['juice', 'cheerio']);
/** Only these packages' requires are answered with a stand-in. */
const REQUIRERS = /[\\/]node_modules[\\/](?:mjml-core|juice|cheerio)[\\/]/;
const CORE = /[\\/]node_modules[\\/]mjml-core[\\/]/;
const BABEL_HELPERS = /[\\/]node_modules[\\/]@babel[\\/]runtime[\\/]helpers[\\/]/;

type Parent = { filename?: string | null } | undefined;
type Load = (request: string, parent: Parent, isMain: boolean) => unknown;

let installed = false;

export function skipMjmlUnusedImports(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _load: Load };
  const load = loader._load;
  loader._load = function (this: unknown, request, parent, isMain) {
    const from = parent?.filename ?? '';
    if (UNUSED.has(request) && REQUIRERS.test(from)) return unused(request);
    if (ON_FIRST_USE.has(request) && CORE.test(from)) return onFirstUse(() => load.call(loader, request, parent, false));
    if (request === './isNativeReflectConstruct.js' && BABEL_HELPERS.test(from)) return once(load.call(this, request, parent, isMain) as () => boolean);
    return load.call(this, request, parent, isMain);
  };
}

/**
 * Babel's callSuper (every mjml component's constructor) calls isNativeReflectConstruct, which memoises
 * itself by replacing its export; callSuper holds the original, so each call constructs a Boolean through
 * Reflect again (~5% of a compile). Its answer cannot change within a process: ask once.
 */
function once(isNativeReflectConstruct: () => boolean): () => boolean {
  const answer = isNativeReflectConstruct();
  return () => answer;
}

/** Any property is a function that throws: reading one (destructuring at load time) is fine, calling is not. */
function unused(name: string): object {
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key === 'symbol' || key === '__esModule' || key === 'then') return undefined;
        return () => {
          throw new Error(`mjml called ${name}.${key}, which optout-lint does not load (it compiles without minify or beautify)`);
        };
      },
    },
  );
}

/**
 * The module, loaded when first called or when a property is first read. `__esModule` is answered without
 * loading (neither juice nor cheerio sets it), so Babel's interop wrapper at load time does not load it.
 */
function onFirstUse(require: () => unknown): object {
  let real: unknown;
  const get = () => (real ??= require()) as Record<PropertyKey, unknown> & ((...args: unknown[]) => unknown);
  return new Proxy(function standIn() {}, {
    apply: (_target, self, args) => Reflect.apply(get(), self, args),
    get: (_target, key) => (key === '__esModule' ? undefined : get()[key]),
    set: (_target, key, value) => Reflect.set(get(), key, value),
    has: (_target, key) => key in get(),
  });
}
