import type { SkippedKind } from '../types.js';
import { collapse, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

/** A run of text as a browser lays it out in its own block, with the element that holds it. */
export interface Block {
  text: string;
  element: DomElement;
}

/** Elements that start a new block of text (paragraphs, headings, list items, sections, cells). */
const BLOCK = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td ' +
    'tfoot th thead tr ul'
  ).split(' '),
);

/** Elements whose text is never shown as page text: code, styles, media, form controls, metadata. */
const NOT_TEXT = new Set(
  (
    'script style noscript template head title meta link svg math iframe object embed canvas audio video ' +
    'source track picture img select option textarea input button'
  ).split(' '),
);

/** Headings, which the text as read keeps as heading paragraphs. */
export const HEADING = /^h[1-6]$/;

/** True for an element a browser would not show (hidden attribute, aria-hidden, inline display:none). */
export function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Without a style sheet, the class names sites use for hidden and screen-reader-only text.
  const classes = ` ${element.getAttribute('class') ?? ''} `.toLowerCase();
  if (
    /\s(?:hidden|is-hidden|u-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text)\s/.test(
      classes,
    )
  )
    return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The visible text of an element as blocks, in reading order: text directly inside a block element
 * (not inside a nested block) is one block; whitespace collapsed; empty blocks dropped. `skip`
 * leaves out whole subtrees (captions in extracted article content). No script runs: only text
 * nodes are read.
 */
export function blocksOf(root: DomElement, skip: (element: DomElement) => boolean = () => false): Block[] {
  const blocks: Block[] = [];
  const walk = (node: DomNode, owner: DomElement, pending: string[]) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        pending.push(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as DomElement;
      const name = element.localName;
      if (NOT_TEXT.has(name) || isHidden(element) || skip(element)) continue;
      if (name === 'br') {
        pending.push(' ');
        continue;
      }
      if (!BLOCK.has(name)) {
        walk(element, owner, pending);
        continue;
      }
      flush(owner, pending);
      const own: string[] = [];
      walk(element, element, own);
      flush(element, own);
    }
  };
  const flush = (element: DomElement, pending: string[]) => {
    const text = collapse(pending.join(''));
    pending.length = 0;
    if (text) blocks.push({ text, element });
  };
  const rest: string[] = [];
  walk(root, root, rest);
  flush(root, rest);
  return blocks;
}

/** The id and classes of an element, lower-cased, for matching page-furniture names. */
function names(element: DomElement): string {
  return `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`.toLowerCase();
}

/**
 * What part of a page an element belongs to, by its own and its ancestors' tags, roles, ids and
 * classes: the nearest one that says wins. One table, first match per element.
 */
const CONTEXTS: [SkippedKind, (element: DomElement, tag: string, label: string) => boolean][] = [
  ['caption', (_, tag) => tag === 'figcaption' || tag === 'figure'],
  ['comments', (_, __, label) => /comment|disqus|discussion|replies|respond/.test(label)],
  ['share', (_, __, label) => /share|sharing|social/.test(label)],
  ['advert', (_, __, label) => /(?:^|[\s_-])(?:ad|ads|advert\w*|sponsor\w*|promo)(?:$|[\s_-])/.test(label)],
  [
    'related',
    (_, tag, label) =>
      tag === 'aside' ||
      /related|recommend|most-?read|more-?from|newsletter|signup|teaser|outbrain|taboola|tags?(?:$|[\s_-])/.test(
        label,
      ),
  ],
  ['byline', (_, __, label) => /byline|author|dateline|meta(?:$|[\s_-])/.test(label)],
  ['form', (_, tag) => tag === 'form'],
  [
    'navigation',
    (element, tag, label) =>
      tag === 'nav' ||
      ((tag === 'footer' || tag === 'header') && !isArticlePart(element)) ||
      element.getAttribute('role') === 'navigation' ||
      /(?:^|[\s_-])(?:nav\w*|menu\w*|breadcrumbs?|footer|masthead|site-header|cookie\w*|skip-link)(?:$|[\s_-])/.test(
        label,
      ),
  ],
];

/** A header or footer of the article itself (it holds the h1, or sits in an article or main). */
function isArticlePart(element: DomElement): boolean {
  if (element.querySelector('h1')) return true;
  for (let e = element.parentElement; e; e = e.parentElement)
    if (e.localName === 'article' || e.localName === 'main') return true;
  return false;
}

/** The kind of page part a skipped block sits in ("other" when nothing around it says). */
export function contextOf(element: DomElement): SkippedKind {
  for (let e: DomElement | null = element; e; e = e.parentElement) {
    const tag = e.localName;
    const label = names(e);
    for (const [kind, test] of CONTEXTS) if (test(e, tag, label)) return kind;
  }
  return 'other';
}
