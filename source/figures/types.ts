import type { Span } from '../corpus/types.js';

/** A quantity as found in one source. */
export interface Mention extends Span {
  source: number;
  text: string;
  value: Record<string, unknown>;
}

/** A group of mentions about the same thing across sources, and whether they agree. */
export interface Figure {
  id: string;
  status: 'conflict' | 'agreement' | 'single-source';
  kind: string;
  subject: string;
  passages: string[];
  mentions: Mention[];
  explanation: string;
}
