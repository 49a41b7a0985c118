// Bundles the CLI with esbuild (the eval and bench tools build apart: build-dev.mjs, not published). The interactive view is a separate chunk
// loaded only when a terminal session needs it, so report runs never parse React or Ink.
import { chmod, copyFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

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
};

// Chunk names carry content hashes: start from an empty dist/ so stale chunks do not pile up.
await rm('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    cli: 'source/cli.tsx',
    'analysis-worker': 'source/analysis/worker.ts',
  },
});
await chmod('dist/cli.js', 0o755);
// The aligner's word vectors are read at run time from beside the bundle (source/lexicon/embeddings.ts).
await copyFile('source/lexicon/embeddings.bin', 'dist/embeddings.bin');
