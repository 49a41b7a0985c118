// Bundles the CLI with esbuild (the eval and bench tools build apart: build-dev.mjs, not published).
//
// Start-up is a feature, so the report path is one CommonJS file (dist/parallax.cjs) loaded by a
// small entry (dist/cli.js) through node:vm with a V8 code cache made here, at build time, from a
// run on the seeds: the functions that run then are not parsed or compiled again on each start.
// The interactive view (React and Ink, which use top-level await and so cannot be CommonJS) and the
// analysis worker are ES modules beside it (dist/ui.mjs, dist/analysis-worker.mjs, dist/chunks/),
// loaded only when a terminal session needs them, so report runs never parse React or Ink.
// dist/ has its own package.json saying CommonJS, so the entry (dist/cli.js) is a CommonJS script:
// Node then starts without its ES module loader (a few ms of every run), and the ES modules say
// what they are by their .mjs names.
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { inkOutputCache } from './ink-output-cache.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  legalComments: 'none',
  // Ink loads its devtools bridge only when DEV=true; it is not a dependency of ours.
  external: ['react-devtools-core'],
  // Smaller files parse faster: start-up is a feature.
  minify: !process.env.PARALLAX_NO_MINIFY, // PARALLAX_NO_MINIFY=1 for readable profiles
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Node 20 has Unicode property escapes (\p{L}); without this, esbuild rewrites each such literal
  // into a `new RegExp(...)` call that compiles the pattern again on every call.
  supported: { 'regexp-unicode-property-escapes': true },
  // Ink's per-line caches shared between frames (see the plugin).
  plugins: [inkOutputCache],
};

// `node scripts/build.mjs --test` builds the same program into .test-build/ (never published) with
// the two test hooks live (PARALLAX_TEST_RENDER_ERROR: an error while drawing; PARALLAX_TEST_ENDLESS_
// ANALYSIS: an analysis that never ends), for the terminal tests that need them. The product in
// dist/ has them compiled out.
const forTests = process.argv.includes('--test');
const outdir = forTests ? '.test-build' : 'dist';
const hooksOff = {
  'process.env.PARALLAX_TEST_RENDER_ERROR': 'undefined',
  'process.env.PARALLAX_TEST_ENDLESS_ANALYSIS': 'undefined',
};
const define = { ...common.define, ...(forTests ? {} : hooksOff) };

/**
 * Libraries that only some runs need (HTML extraction; meow, for --help and --version) are bundled
 * apart, as CommonJS files in dist/vendor/ that the CLI bundle requires when it first uses them
 * (the modules that import them are initialised on first use). Start-up is a feature: they were
 * three quarters of the bundle (600 KB) that every run read, copied and deserialised. Only
 * libraries go there, never our own modules, so no class or table exists twice.
 */
const VENDOR = {
  linkedom: 'html',
  '@mozilla/readability': 'html',
  htmlparser2: 'html',
  meow: 'meow',
};
const VENDOR_SOURCES = {
  html: "export { parseHTML } from 'linkedom'; export { Readability } from '@mozilla/readability'; export { Parser } from 'htmlparser2';",
  // The CLI imports meow with import() (an ES module import of this CommonJS file): its default
  // export is module.exports, which must be meow itself.
  meow: "module.exports = require('meow').default;",
};
const vendorApart = {
  name: 'vendor-apart',
  setup(b) {
    b.onResolve({ filter: /^(?:linkedom|@mozilla\/readability|htmlparser2|meow)$/ }, (args) => ({
      path: `./vendor/${VENDOR[args.path]}.cjs`,
      external: true,
    }));
  },
};

/** The view is imported by the CLI as its own ES module (dist/ui.mjs), not bundled into it. */
const viewApart = {
  name: 'view-apart',
  setup(b) {
    b.onResolve({ filter: /\/views\/ui\/run\.js$/ }, () => ({ path: './ui.mjs', external: true }));
  },
};

// Chunk names carry content hashes: start from an empty folder so stale chunks do not pile up.
await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    format: 'esm',
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);",
    },
    define,
    entryPoints: { ui: 'source/views/ui/run.tsx', 'analysis-worker': 'source/analysis/worker.ts' },
  }),
  ...Object.entries(VENDOR_SOURCES).map(([name, contents]) =>
    build({
      ...common,
      format: 'cjs',
      outfile: `${outdir}/vendor/${name}.cjs`,
      stdin: { contents, resolveDir: '.', loader: 'js' },
      banner: { js: 'var __parallaxUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { ...define, 'import.meta.url': '__parallaxUrl' },
    }),
  ),
  build({
    ...common,
    format: 'cjs',
    outfile: `${outdir}/parallax.cjs`,
    plugins: [...common.plugins, viewApart, vendorApart],
    // import.meta does not exist in CommonJS: its url is the bundle's own file URL.
    banner: { js: 'var __parallaxUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { ...define, 'import.meta.url': '__parallaxUrl' },
    entryPoints: ['source/cli.tsx'],
  }),
]);
// The entry's #! line came along from source/cli.tsx; the bundle is run wrapped in a function. Its
// import() calls (the view, node:crypto, ...) go through the entry's own import(): V8 drops a
// script's import() handler when the script comes from a code cache.
const bundle = (await readFile(`${outdir}/parallax.cjs`, 'utf8'))
  .replace(/^#!.*\n/, '')
  .replace(/\bimport\(("[^"]*")\)/g, '__parallaxImport($1)');
if (/\bimport\(/.test(bundle))
  throw new Error('build: an import() the entry does not handle is left in the bundle');
// esbuild escapes non-ASCII characters everywhere but in regular expression literals: escape those
// too (\uXXXX means the same there, a surrogate pair included), so the entry reads the bundle as
// Latin-1, a plain copy, rather than decoding UTF-8 (about a millisecond of every start). A
// backslash before such a character would make the escape mean something else: refuse it.
if (/\\[^\x00-\x7f]/.test(bundle)) throw new Error('build: an escaped non-ASCII character in the bundle');
const ascii = bundle.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// Written wrapped in the function the entry calls (see entry.mjs).
const { ENTRY, WRAPPER } = await import('./entry.mjs');
await writeFile(`${outdir}/parallax.cjs`, WRAPPER[0] + ascii + WRAPPER[1]);
await writeFile(`${outdir}/cli.js`, ENTRY);
// meow reads --version and --help's description from the package.json nearest the bundle: this one.
const { name, version, description } = JSON.parse(await readFile('package.json', 'utf8'));
await writeFile(
  `${outdir}/package.json`,
  `${JSON.stringify({ name, version, description, type: 'commonjs' }, null, 2)}\n`,
);
await chmod(`${outdir}/cli.js`, 0o755);
// The aligner's word vectors are read at run time from beside the bundle (source/lexicon/embeddings.ts).
await copyFile('source/lexicon/embeddings.bin', `${outdir}/embeddings.bin`);
// The code cache: made by a run of the bundle on the seeds in a separate process.
const made = spawnSync(process.execPath, ['scripts/code-cache.mjs', `${outdir}/parallax.cjs`], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (made.status !== 0) console.warn('build: no code cache was made; the CLI starts without one');
