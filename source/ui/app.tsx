import { Box, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import type { Comparison } from '../analysis/types.js';
import { neutralizeInline } from '../report/sanitize.js';
import { useTerminalSize } from './use-terminal-size.js';

/** A first, simple view: one passage at a time, each source's wording stacked. */
export function App({ comparison }: { comparison: Comparison }) {
  const { exit } = useApp();
  const { rows } = useTerminalSize();
  const [focus, setFocus] = useState(0);
  const { passages, sources } = comparison;
  useInput((input, key) => {
    if (input === 'q' || key.escape) exit();
    if (key.downArrow || input === 'j') setFocus((f) => Math.min(passages.length - 1, f + 1));
    if (key.upArrow || input === 'k') setFocus((f) => Math.max(0, f - 1));
  });
  const passage = passages[focus]!;
  return (
    <Box flexDirection="column" height={Math.max(5, rows - 1)}>
      <Text bold>
        parallax · {sources.length} sources · passage {focus + 1}/{passages.length}
      </Text>
      {passage.members.map((member) => (
        <Box key={member.source} marginTop={1}>
          <Box width={24} flexShrink={0}>
            <Text color="cyan">{neutralizeInline(sources[member.source]!.id)}</Text>
          </Box>
          <Text wrap="wrap">{neutralizeInline(member.text)}</Text>
        </Box>
      ))}
      <Box flexGrow={1} />
      <Text dimColor>↑/k ↓/j move · q quit</Text>
    </Box>
  );
}
