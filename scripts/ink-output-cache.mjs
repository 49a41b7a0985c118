// esbuild plugin for the bundles: Ink's output stage (ink/build/output.js) tokenises every line of
// a frame into styled characters and measures each with string-width, behind caches that belong to
// one Output, and Ink makes a new Output for every frame; so every key re-tokenised and re-measured
// the whole screen, most of it unchanged (about half of a key's time in bench-keys). This makes the
// caches one set shared by all frames. They map a line's text to its styled characters and a
// string to its width: pure functions of the text, never mutated once made (the frame grid holds
// the character objects and replaces them; it does not change them), so sharing them changes no
// output. They are bounded (the oldest entries dropped). If Ink's file changes shape, the build fails
// rather than shipping Ink unpatched unnoticed.
import { readFile } from 'node:fs/promises';

/** Most lines (a few screens: a redrawn screen shares most of its lines with the last ones; a line of
 * styled characters takes some 25 KB) and measured strings kept. */
const LINES = 300;
const STRINGS = 20_000;

const EDITS = [
  [
    'class OutputCaches {\n',
    `class OutputCaches {\n    bound() {\n        trim(this.styledChars, ${LINES});\n        trim(this.blockWidths, ${LINES});\n        trim(this.widths, ${STRINGS});\n    }\n`,
  ],
  [
    'export default class Output {\n',
    // The oldest entries go first: the lines of the screen being redrawn stay.
    'function trim(map, limit) {\n    for (const key of map.keys()) {\n        if (map.size <= limit) break;\n        map.delete(key);\n    }\n}\nconst sharedCaches = new OutputCaches();\nexport default class Output {\n',
  ],
  ['    caches = new OutputCaches();\n', '    caches = sharedCaches;\n'],
  ['    get() {\n', '    get() {\n        this.caches.bound();\n'],
];

export const inkOutputCache = {
  name: 'ink-output-cache',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of EDITS) {
        if (contents.split(from).length !== 2)
          throw new Error(
            `ink-output-cache: ${args.path} changed (no single "${from.trim()}"); update or drop the patch`,
          );
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};
