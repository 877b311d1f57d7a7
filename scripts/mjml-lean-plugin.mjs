// esbuild plugin for the CLI bundle's copy of mjml (a build-time replacement for patching Node's module
// loader). mjml-core requires, at load time, packages we never run: htmlnano and cssnano-preset-lite
// (minify), js-beautify (beautify), and through juice and cheerio their URL/file loaders
// (web-resource-inliner, undici); and packages only some templates need: juice (mj-style inline) and
// cheerio (mj-html-attributes). Together they were over half of mjml's ~500 ms import. In the bundle the
// unused ones become a stand-in that throws if called, the occasional ones a stand-in that loads the real
// module at first use (esbuild evaluates a bundled CommonJS module when it is first required). The copy
// is ours alone: a host program's own mjml is untouched.
import { readFileSync } from 'node:fs';

const UNUSED = ['htmlnano', 'cssnano-preset-lite', 'js-beautify', 'web-resource-inliner', 'undici'];
const ON_FIRST_USE = ['juice', 'cheerio'];
const REQUIRERS = /[\\/]node_modules[\\/](?:mjml-core|juice|cheerio)[\\/]/;
const CORE = /[\\/]node_modules[\\/]mjml-core[\\/]/;
const exact = (names) => new RegExp(`^(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

const UNUSED_STAND_IN = (name) => `
// Any property is a function that throws: reading one (destructuring at load time) is fine, calling is not.
module.exports = new Proxy({}, {
  get(_target, key) {
    if (typeof key === 'symbol' || key === '__esModule' || key === 'then') return undefined;
    return () => { throw new Error('mjml called ${name}.' + String(key) + ', which optout-lint does not load (it compiles without minify or beautify)'); };
  },
});`;

const LAZY_STAND_IN = (name) => `
// Loaded when first called or when a property is first read. __esModule is answered without loading
// (neither juice nor cheerio sets it), so Babel's interop wrapper at load time does not load it.
let real;
const get = () => (real ??= require(${JSON.stringify(`optout-real:${name}`)}));
module.exports = new Proxy(function standIn() {}, {
  apply: (_target, self, args) => Reflect.apply(get(), self, args),
  get: (_target, key) => (key === '__esModule' ? undefined : get()[key]),
  set: (_target, key, value) => Reflect.set(get(), key, value),
  has: (_target, key) => key in get(),
});`;

/**
 * Babel's callSuper (every mjml component's constructor) calls isNativeReflectConstruct, which memoises
 * itself by replacing its export; callSuper holds the original, so each call constructed a Boolean
 * through Reflect again (~5% of a compile). The answer cannot change within a process: compute it once.
 */
const IS_NATIVE_REFLECT_CONSTRUCT = `
var answer = false;
try { answer = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function () {})); } catch (e) {}
function _isNativeReflectConstruct() { return answer; }
module.exports = _isNativeReflectConstruct, module.exports.__esModule = true, module.exports["default"] = module.exports;`;

export const mjmlLeanPlugin = {
  name: 'optout-lint:mjml-lean',
  setup(build) {
    build.onResolve({ filter: exact(UNUSED) }, (args) => (REQUIRERS.test(args.importer) ? { path: args.path, namespace: 'optout-unused' } : undefined));
    build.onResolve({ filter: exact(ON_FIRST_USE) }, (args) =>
      CORE.test(args.importer) ? { path: args.path, namespace: 'optout-lazy', pluginData: { resolveDir: args.resolveDir } } : undefined,
    );
    build.onResolve({ filter: /^optout-real:/ }, async (args) => {
      const name = args.path.slice('optout-real:'.length);
      const resolved = await build.resolve(name, { kind: 'require-call', resolveDir: args.pluginData?.resolveDir ?? args.resolveDir });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
    });
    build.onLoad({ filter: /.*/, namespace: 'optout-unused' }, (args) => ({ contents: UNUSED_STAND_IN(args.path), loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'optout-lazy' }, (args) => ({
      contents: LAZY_STAND_IN(args.path),
      loader: 'js',
      resolveDir: args.pluginData.resolveDir,
    }));
    build.onLoad({ filter: /[\\/]@babel[\\/]runtime[\\/]helpers[\\/]isNativeReflectConstruct\.js$/ }, (args) => {
      // Guard: if Babel changes the helper, fail the build rather than ship a wrong stand-in.
      if (!readFileSync(args.path, 'utf8').includes('Reflect.construct(Boolean')) throw new Error(`unexpected ${args.path}`);
      return { contents: IS_NATIVE_REFLECT_CONSTRUCT, loader: 'js' };
    });
  },
};
