import { Text, useApp, useInput } from 'ink';
import { useEffect, useState } from 'react';
import type { Progress } from '../../analysis/analyze.js';
import type { Comparison } from '../../analysis/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import { App, type AppProps } from './app.js';

/**
 * An analysis to wait for (told its stages, and a signal aborted when the user quits while
 * waiting, so that the work stops at once), or one already done.
 */
export type Analysis = Comparison | ((progress: Progress, signal: AbortSignal) => Promise<Comparison>);

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Props of the loader: the analysis, and the view's own props but its comparison. */
export interface LoaderProps extends Omit<AppProps, 'comparison'> {
  analysis: Analysis;
  /** Called with the comparison once the analysis is done. */
  onReady?: (comparison: Comparison) => void;
}

/**
 * Shows a spinner and the analysis stage while a large corpus is analysed (in a worker, so the
 * spinner turns), then the view. q or Ctrl-C quit while waiting.
 */
export function Loader({ analysis, onReady, ...props }: LoaderProps) {
  const { exit } = useApp();
  const [comparison, setComparison] = useState<Comparison | null>(
    typeof analysis === 'function' ? null : analysis,
  );
  const [stage, setStage] = useState('analysing');
  const [frame, setFrame] = useState(0);
  const [failure, setFailure] = useState<Error | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the analysis starts once
  useEffect(() => {
    if (typeof analysis !== 'function') {
      onReady?.(analysis);
      return;
    }
    let live = true;
    const cancel = new AbortController();
    analysis((next) => live && setStage(next), cancel.signal).then(
      (done) => {
        if (!live) return;
        onReady?.(done);
        setComparison(done);
      },
      (error: Error) => live && setFailure(error),
    );
    return () => {
      live = false;
      cancel.abort(); // quitting while waiting stops the analysis, not only the view
    };
  }, []);

  useEffect(() => {
    if (comparison) return;
    const timer = setInterval(() => setFrame((f) => f + 1), 80);
    return () => clearInterval(timer);
  }, [comparison]);

  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') props.onInterrupt?.();
      if (input === 'q' || key.escape || (key.ctrl && input === 'c')) exit();
    },
    { isActive: comparison === null },
  );

  if (failure) throw failure;
  if (!comparison) {
    return (
      <Text>{`${SPINNER[frame % SPINNER.length]} parallax: ${neutralizeInline(stage)}…  (q quits)`}</Text>
    );
  }
  return <App comparison={comparison} {...props} />;
}
