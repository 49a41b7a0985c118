// Makes the V8 code cache of the CLI bundle (build.mjs runs it): runs the bundle on the seeds, as
// dist/cli.js would, then writes what V8 compiled to BUNDLE.cache. Build time only.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { V8_FLAGS } from './entry.mjs';

// The entry's flags before anything is compiled: V8 rejects a cache made under other flags.
v8.setFlagsFromString(V8_FLAGS);
globalThis.__parallaxSetFlags = v8.setFlagsFromString; // as the entry hands it to the CLI

const file = resolve(process.argv[2]);
// The file is the wrapped bundle (build.mjs), read as the entry reads it.
const source = readFileSync(file, 'latin1');
const script = new vm.Script(source, { filename: file });
globalThis.__parallaxImport = (specifier) => import(new URL(specifier, pathToFileURL(file)).href);
// The run the cache is made from: the JSON report of the seeds (written to nowhere).
process.argv = [process.argv[0], file, '--json', '--as-of', '2023-09-30', 'seeds'];
process.on('exit', (code) => {
  if (code === 0) writeFileSync(`${file}.cache`, script.createCachedData());
});
const module = { exports: {}, filename: file, id: '.', loaded: false };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
