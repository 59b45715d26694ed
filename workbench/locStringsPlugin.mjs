// esbuild plugin: resolves SPFx localized string modules ('TargetedNewsWebPartStrings') the way
// SPFx does at run time, from config/config.json `localizedResources` and the AMD loc files.
// Every locale of a module is bundled; the page picks one with ?lang= (Swedish by default).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const NAMESPACE = 'spfx-loc';

/** { moduleName: absolute folder of its loc/ files }, from config.json ("lib/.../{locale}.js" -> "src/..."). */
export function readLocalizedResources(root) {
  const config = JSON.parse(readFileSync(path.join(root, 'config', 'config.json'), 'utf8'));
  const folders = {};
  for (const [name, pattern] of Object.entries(config.localizedResources || {})) {
    const source = pattern.replace(/^lib\//, 'src/');
    folders[name] = path.join(root, path.dirname(source));
  }
  return folders;
}

// An SPFx loc file is `define([], function () { return {...}; })`: run it with a local define.
function amdAsExpression(file) {
  const source = readFileSync(file, 'utf8');
  return `(function () { var strings; function define(deps, factory) { strings = factory(); }\n${source}\nreturn strings; })()`;
}

export function spfxLocStringsPlugin({ root, defaultLocale = 'sv-se' }) {
  const folders = readLocalizedResources(root);
  return {
    name: 'spfx-loc-strings',
    setup(build) {
      build.onResolve({ filter: /^[A-Za-z]+Strings$/ }, (args) => {
        const folder = folders[args.path];
        return folder ? { path: args.path, namespace: NAMESPACE, pluginData: { folder } } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const { folder } = args.pluginData;
        const files = readdirSync(folder).filter((file) => /^[a-z]{2}-[a-z]{2}\.js$/.test(file));
        const locales = files.map((file) => `${JSON.stringify(path.basename(file, '.js'))}: ${amdAsExpression(path.join(folder, file))}`);
        const contents = [
          `var locales = {\n${locales.join(',\n')}\n};`,
          // The workbench's language switch; SPFx would pick the user's language the same way.
          `var requested = (typeof window !== 'undefined' && window.__SAMVERKA_LOCALE__) || ${JSON.stringify(defaultLocale)};`,
          `module.exports = locales[requested] || locales[${JSON.stringify(defaultLocale)}];`
        ].join('\n');
        return { contents, loader: 'js', resolveDir: folder, watchFiles: files.map((file) => path.join(folder, file)) };
      });
    }
  };
}
