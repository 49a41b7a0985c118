// The CLI's entry file (dist/cli.js), written by build.mjs: it runs the CommonJS bundle beside it
// (parallax.cjs) through node:vm with the code cache made at build time (parallax.cjs.cache). When
// the cache is missing or V8 rejects it (another Node version, other V8 flags), V8 compiles the
// bundle as usual; nothing is ever written at run time. The bundle's import() calls are made by the
// entry (globalThis.__parallaxImport, relative to dist/), an ES module: a script from a code cache
// has no import() of its own.
// WRAPPER is shared with code-cache.mjs: V8 accepts a cache only for the very same source text.
export const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

export const ENTRY = `#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
const file = fileURLToPath(new URL('./parallax.cjs', import.meta.url));
globalThis.__parallaxImport = (specifier) => import(new URL(specifier, import.meta.url).href);
let cachedData;
try {
  cachedData = readFileSync(file + '.cache');
} catch {}
const source = ${JSON.stringify(WRAPPER[0])} + readFileSync(file, 'utf8') + ${JSON.stringify(WRAPPER[1])};
const script = new vm.Script(source, { filename: file, cachedData });
const module = { exports: {}, filename: file, id: '.', loaded: false };
script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('.', import.meta.url)));
`;
