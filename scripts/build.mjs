// Bundles the CLI with esbuild (the eval and bench tools build apart: build-dev.mjs, not published). The interactive view is a separate chunk
// loaded only when a terminal session needs it, so report runs never parse React or Ink.
import { chmod, copyFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { inkOutputCache } from './ink-output-cache.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  legalComments: 'none',
  // Ink loads its devtools bridge only when DEV=true; it is not a dependency of ours.
  external: ['react-devtools-core'],
  // Smaller files parse faster: start-up is a feature.
  minify: !process.env.PARALLAX_NO_MINIFY, // PARALLAX_NO_MINIFY=1 for readable profiles
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);",
  },
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

// Chunk names carry content hashes: start from an empty folder so stale chunks do not pile up.
await rm(outdir, { recursive: true, force: true });
await build({
  ...common,
  outdir,
  define: { ...common.define, ...(forTests ? {} : hooksOff) },
  entryPoints: {
    cli: 'source/cli.tsx',
    'analysis-worker': 'source/analysis/worker.ts',
  },
});
await chmod(`${outdir}/cli.js`, 0o755);
// The aligner's word vectors are read at run time from beside the bundle (source/lexicon/embeddings.ts).
await copyFile('source/lexicon/embeddings.bin', `${outdir}/embeddings.bin`);
