// The CLI's entry file (dist/cli.js), written by build.mjs: it runs the CommonJS bundle beside it
// (parallax.cjs) through node:vm with the code cache made at build time (parallax.cjs.cache). When
// the cache is missing or V8 rejects it (another Node version, other V8 flags), V8 compiles the
// bundle as usual; nothing is ever written at run time. The bundle's import() calls are made by the
// entry (globalThis.__parallaxImport, relative to dist/): a script from a code cache has no import()
// of its own. The entry is CommonJS (dist/package.json says so; see build.mjs).
// The bundle is ASCII (build.mjs), so it is read as Latin-1: the same text, without UTF-8 decoding.
// The bundle file holds its code inside WRAPPER, written by build.mjs (performance: the entry
// compiles the file's text as it is read, with no concatenation that V8 would copy again into one
// flat string, 800 KB); code-cache.mjs compiles the same text, as V8 accepts a cache only for it.
export const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

// Start-up tiering. A report on a few articles is over in well under 100 ms, too soon for V8's
// optimizing compiler (TurboFan) to pay: it compiled the aligner's and tokenizer's largest
// functions (10-18 ms of CPU each) on a helper thread that, on a busy machine, takes the CPU from
// the run itself, and the run ended before the optimized code had saved that much. So the entry
// starts with it off (V8_FLAGS), and the CLI turns it back on (source/cli/tiering.ts) for an
// interactive session or once the input is large enough for it to pay. Regular expressions are
// compiled to machine code at once (--no-regexp-tier-up), not first to bytecode and again on their
// second use: each of the Unicode-class patterns (\p{L}...) is costly to compile, and nearly all
// are used more than once (about 40M of the 1066M instructions of a seeds run). Baseline code
// (Sparkplug) is compiled function by function as each becomes warm, not gathered in batches
// (--no-baseline-batch-compilation): a seeds run then takes about 7M fewer instructions (963M
// against 970M, callgrind), the functions a short run needs being compiled without waiting for a
// batch to fill. Shared with code-cache.mjs: V8 accepts a code cache only when it was made under
// the same flags.
// The young generation stays at its first size (--semi-space-growth-factor=1: two 1 MB semi-spaces)
// instead of doubling to 4 MB as survivors pile up: each page of memory the process touches for
// the first time costs a page fault, about 3 us on the development machine (as much as 10-20
// thousand instructions), and the grown semi-spaces were 1,450 of a seeds run's 6,540 faults
// (bare node: 2,160). The extra scavenges of the small semi-spaces cost about 8M instructions
// there; on larger inputs they cost more than the faults they save (more objects live long enough
// to be promoted, and the old generation then needs a full collection), so the CLI lets the young
// generation grow again past a small input (source/cli/tiering.ts). The factor is read at each
// scavenge, so unlike the semi-space sizes it can be set here, after the heap is made.
export const V8_FLAGS =
  '--no-opt --no-regexp-tier-up --no-baseline-batch-compilation --semi-space-growth-factor=1';

// The flags are set through V8's own binding, not node:v8: node:v8 loads Node's heap-snapshot
// helpers at once, and with them its streams, about 25 modules that Debian's Node (no code cache
// for its own modules) compiles from source and then serialises a code cache for: 28M of a seeds
// run's 995M instructions (callgrind), 3% of the run. process.binding('v8') is that binding (the
// same setFlagsFromString node:v8 exports); Node warns once that process.binding is deprecated,
// which the entry silences around the call alone. Where it is gone or different, node:v8. The
// setter is handed to the CLI (globalThis.__parallaxSetFlags, see source/cli/tiering.ts).
export const ENTRY = `#!/usr/bin/env node
'use strict';
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
let setFlags;
const noDeprecation = process.noDeprecation;
try {
  process.noDeprecation = true;
  setFlags = process.binding('v8').setFlagsFromString;
} catch {
} finally {
  process.noDeprecation = noDeprecation;
}
if (typeof setFlags !== 'function') setFlags = require('node:v8').setFlagsFromString;
setFlags(${JSON.stringify(V8_FLAGS)});
globalThis.__parallaxSetFlags = setFlags;
const file = __dirname + '/parallax.cjs';
globalThis.__parallaxImport = (specifier) => import(new URL(specifier, pathToFileURL(__filename)).href);
let cachedData;
try {
  cachedData = readFileSync(file + '.cache');
} catch {}
const script = new vm.Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
const bundle = { exports: {}, filename: file, id: '.', loaded: false };
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);
`;
