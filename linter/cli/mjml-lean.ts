// mjml-core requires, at load time, packages the CLI never runs: htmlnano and cssnano-preset-lite (minify),
// js-beautify (beautify), and through juice and cheerio their URL/file loaders (web-resource-inliner,
// undici). They are ~45% of mjml's ~500 ms import. For the CLI process and its workers only (never the
// API: a host program may minify with the same mjml), those requires get a stand-in that throws if used.
import Module from 'node:module';

const UNUSED = new Set(['htmlnano', 'cssnano-preset-lite', 'js-beautify', 'web-resource-inliner', 'undici']);
/** Only these packages' requires are answered with a stand-in. */
const REQUIRERS = /[\\/]node_modules[\\/](?:mjml-core|juice|cheerio)[\\/]/;

type Load = (request: string, parent: { filename?: string | null } | undefined, isMain: boolean) => unknown;

let installed = false;

export function skipMjmlUnusedImports(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _load: Load };
  const load = loader._load;
  loader._load = function (this: unknown, request, parent, isMain) {
    if (UNUSED.has(request) && REQUIRERS.test(parent?.filename ?? '')) return standIn(request);
    return load.call(this, request, parent, isMain);
  };
}

/** Any property is a function that throws: reading one (destructuring at load time) is fine, calling is not. */
function standIn(name: string): object {
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
