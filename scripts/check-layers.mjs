// Checks the architecture: source/ folders form layers, each importing only from its own layer or
// lower ones, the views never import one another, and no file imports itself through a cycle.
// Run by `npm run lint` (and so by `npm test`). Exit 1 with one line per violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Lowest first. A folder may import from folders at its rank or below. */
const LAYERS = [
  ['text'],
  ['lexicon'],
  ['tokens'],
  ['corpus'],
  ['align'],
  ['figures'],
  ['analysis'],
  ['views/report', 'views/ui', 'views'],
  ['cli', '.'],
];
const rankOf = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank])));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The layer folder of a file under source/ ("views/ui", "align", "." for source/cli.tsx). */
function folderOf(file) {
  const rel = relative('source', dirname(file)) || '.';
  if (rel.startsWith('views/')) return rel.split('/').slice(0, 2).join('/');
  return rel.split('/')[0];
}

const all = files('source');
const imports = new Map();
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => {
    const spec = normalize(join(dirname(file), m[1])).replace(/\.js$/, '');
    return all.find((f) => f === `${spec}.ts` || f === `${spec}.tsx`) ?? spec;
  });
  imports.set(file, targets);
}

const problems = [];
for (const [file, targets] of imports) {
  const from = folderOf(file);
  for (const target of targets) {
    const to = folderOf(target);
    if (from === to) continue;
    const a = rankOf.get(from);
    const b = rankOf.get(to);
    if (a === undefined || b === undefined)
      problems.push(`${file}: folder ${a === undefined ? from : to} has no layer`);
    else if (b > a) problems.push(`${file} imports ${target}: ${from} may not import the higher layer ${to}`);
    else if (a === b && from.startsWith('views/') && to.startsWith('views/'))
      problems.push(`${file} imports ${target}: views do not import one another`);
  }
}

// Cycles between files: depth-first search with colours.
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const target of imports.get(file) ?? []) {
    if (state.get(target) === 'open') {
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(target)), target].join(' -> ')}`);
    } else if (!state.has(target) && imports.has(target)) visit(target);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of all) if (!state.has(file)) visit(file);

for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
