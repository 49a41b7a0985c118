import type { Token } from '../tokens/tokenize.js';
import type { SentenceMention } from './types.js';

/**
 * Words that make a figure a possibility or a forecast, not a count of what happened: modal verbs of
 * possibility ("the toll could reach 20", "may have died", "might"), expectation ("is expected to
 * rise to"), likelihood and projection. General English modality. Left out: "will" and "would",
 * which state plans and reported speech ("said it would send 300 troops"); "feared" ("15 feared
 * dead"), which early reports use for a toll believed true; "an estimated 500", a hedged count of
 * what happened. All of these are compared as stated.
 */
const POSSIBILITY = new Set(
  'could may might expected expects likely unlikely projected predicted forecast possibly potentially'.split(
    ' ',
  ),
);

/** Punctuation that closes a clause: a possibility word beyond it speaks of something else. */
const CLAUSE_EDGE = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

/** Coordinating conjunctions (general English): after one, a new item or clause begins. */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);

/** How far before a figure (tokens) a possibility word governs it: "the toll could ultimately reach N". */
const BEFORE = 5;
/** ... and after it: "N people may have died", "N are likely to attend". */
const AFTER = 2;

/** The kinds of figures a possibility word can qualify (dates and times are not forecasts here). */
const AMOUNTS = new Set(['count', 'percent', 'money', 'measure', 'proportion']);

/**
 * Marks figures stated as a possibility or a forecast (`projected`): "could reach 3,000", "as many
 * as 5,000 may have died". Such a figure is compared only with figures stated the same way, never with a
 * count of what has happened (a mayor's forecast is not a disputed toll): its role says so ("killed
 * (possible)"; "possible" when it has none), so every rule that compares roles keeps them apart and
 * the label tells the reader. Runs last, after the steps that read roles within the sentence.
 */
export function markProjections(
  tokens: readonly Token[],
  mentions: SentenceMention[],
  tokenAt: { start: Map<number, number>; end: Map<number, number> },
): void {
  // "If confirmed, a toll of over 900 would mean ...": a conditional sentence (opening "if" and a
  // conditional verb in its main clause) states its figures as a supposition.
  const supposed =
    tokens[0]?.lower === 'if' && tokens.some((t) => t.lower === 'would' || POSSIBILITY.has(t.lower));
  for (const m of mentions) {
    if (!AMOUNTS.has(m.kind)) continue;
    if (supposed) {
      markPossible(m);
      continue;
    }
    const first = tokenAt.start.get(m.start);
    const last = tokenAt.end.get(m.end);
    if (first === undefined || last === undefined) continue;
    let found = false;
    for (let k = first - 1; k >= 0 && k >= first - BEFORE && !found; k--) {
      if (CLAUSE_EDGE.has(tokens[k]!.text)) break;
      found = POSSIBILITY.has(tokens[k]!.lower);
    }
    for (let k = last + 1; k < tokens.length && k <= last + AFTER && !found; k++) {
      // After a conjunction, a possibility word qualifies the next item ("300 fans and possibly
      // some players"), not this figure.
      if (CLAUSE_EDGE.has(tokens[k]!.text) || CONJUNCTIONS.has(tokens[k]!.lower)) break;
      found = POSSIBILITY.has(tokens[k]!.lower);
    }
    if (found) markPossible(m);
  }
}

function markPossible(m: SentenceMention): void {
  m.projected = true;
  m.role = m.role === null ? 'possible' : `${m.role} (possible)`;
}
