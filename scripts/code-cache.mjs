// Makes the V8 code cache of the CLI bundle (build.mjs runs it): runs the bundle on the seeds, as
// dist/cli.js would, then writes what V8 compiled to BUNDLE.cache. Build time only.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { WRAPPER } from './entry.mjs';

const file = resolve(process.argv[2]);
const source = WRAPPER[0] + readFileSync(file, 'utf8') + WRAPPER[1];
const script = new vm.Script(source, { filename: file });
globalThis.__parallaxImport = (specifier) => import(new URL(specifier, pathToFileURL(file)).href);
// The run the cache is made from: the JSON report of the seeds (written to nowhere).
process.argv = [process.argv[0], file, '--json', '--as-of', '2023-09-30', 'seeds'];
process.on('exit', (code) => {
  if (code === 0) writeFileSync(`${file}.cache`, script.createCachedData());
});
const module = { exports: {}, filename: file, id: '.', loaded: false };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
