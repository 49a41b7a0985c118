import type { Comparison } from '../analysis/types.js';
import { neutralize, neutralizeInline } from './sanitize.js';

/** The plain-text report: a summary, then every passage with each source's wording. */
export function renderTextReport(comparison: Comparison): string {
  const { sources, passages } = comparison;
  const lines: string[] = [];
  const aligned = passages.filter((p) => p.members.length > 1).length;
  lines.push(
    `parallax: ${sources.length} sources, ${passages.length} passages (${aligned} reported by several sources)`,
  );
  lines.push('');
  for (const source of sources) {
    lines.push(`  ${neutralizeInline(source.id)}  ${neutralizeInline(source.title ?? '(untitled)')}`);
  }
  for (const passage of passages) {
    lines.push('');
    const confidence = passage.confidence === null ? '' : `, confidence ${passage.confidence.toFixed(2)}`;
    lines.push(`${passage.id}  ${passage.members.length}/${sources.length} sources${confidence}`);
    for (const member of passage.members) {
      lines.push(
        `  ${neutralizeInline(sources[member.source]!.id)}: ${neutralize(member.text).replace(/\s*\n\s*/gu, ' ')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
