// The CLI's entry file (dist/cli.js), written by build.mjs: it runs the CommonJS bundle beside it
// (parallax.cjs) through node:vm with the code cache made at build time (parallax.cjs.cache). When
// the cache is missing or V8 rejects it (another Node version, other V8 flags), V8 compiles the
// bundle as usual; nothing is ever written at run time. The bundle's import() calls are made by the
// entry (globalThis.__parallaxImport, relative to dist/): a script from a code cache has no import()
// of its own. The entry is CommonJS (dist/package.json says so; see build.mjs).
// The bundle is ASCII (build.mjs), so it is read as Latin-1: the same text, without UTF-8 decoding.
// WRAPPER is shared with code-cache.mjs: V8 accepts a cache only for the very same source text.
export const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

export const ENTRY = `#!/usr/bin/env node
'use strict';
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
const file = __dirname + '/parallax.cjs';
globalThis.__parallaxImport = (specifier) => import(new URL(specifier, pathToFileURL(__filename)).href);
let cachedData;
try {
  cachedData = readFileSync(file + '.cache');
} catch {}
const source = ${JSON.stringify(WRAPPER[0])} + readFileSync(file, 'latin1') + ${JSON.stringify(WRAPPER[1])};
const script = new vm.Script(source, { filename: file, cachedData });
const bundle = { exports: {}, filename: file, id: '.', loaded: false };
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);
`;
