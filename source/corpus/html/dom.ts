// The few DOM members the extractor uses, typed here: the project compiles without the DOM
// library, and linkedom's and Readability's own types lean on it.

/** A DOM node as linkedom builds it. */
export interface DomNode {
  nodeType: number;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  localName: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
  remove(): void;
}

/** A parsed document. */
export interface DomDocument extends DomNode {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
}

/** Node types used here. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whitespace collapsed to single spaces, trimmed: how a browser shows a block's text. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
