// Bundles the development tools (dev/: eval, bench) into .dev/, which is neither committed nor
// published. They read test fixtures and run the built CLI, so they are not part of the product.
import { copyFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { inkOutputCache } from './ink-output-cache.mjs';

await rm('.dev', { recursive: true, force: true });
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: '.dev',
  // Split, so that Ink's devtools bridge stays a lazily imported chunk (its react-devtools-core import
  // would otherwise be hoisted into the bench's own module and fail to resolve).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  external: ['react-devtools-core'],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  supported: { 'regexp-unicode-property-escapes': true },
  // Ink's per-line caches shared between frames, as in the product (see the plugin).
  plugins: [inkOutputCache],
  entryPoints: {
    eval: 'dev/eval.ts',
    bench: 'dev/bench.ts',
    'train-align': 'dev/train-align.ts',
    'must-see-causes': 'dev/must-see-causes.ts',
    'align-tune': 'dev/align-tune.ts',
    'pair-dump': 'dev/pair-dump.ts',
    calibrate: 'dev/calibrate.ts',
    'miss-causes': 'dev/miss-causes.ts',
    'structure-ceiling': 'dev/structure-ceiling.ts',
    renamed: 'dev/renamed.ts',
    'single-dump': 'dev/single-dump.ts',
    'single-causes': 'dev/single-causes.ts',
    'check-gold': 'dev/check-gold.ts',
  },
});
await copyFile('source/lexicon/embeddings.bin', '.dev/embeddings.bin');
