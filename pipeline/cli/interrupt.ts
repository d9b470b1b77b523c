import { constants } from 'node:os';
import { removeTemporaryFiles } from '../output.js';

const stopSignals = ['SIGINT', 'SIGTERM'] as const;
export type StopSignal = (typeof stopSignals)[number];

/** The exit status of a process stopped by a signal, as shells report it: 130 for Ctrl-C. */
export const signalStatus = (signal: StopSignal) => 128 + constants.signals[signal];

/**
 * Handles Ctrl-C (SIGINT) and SIGTERM until the returned function is called. The first one calls
 * `stop`, which winds the work down (a batch finishes the conversions under way and reports); a
 * second one, or the first when there is no `stop`, removes the temporary files of writes under
 * way and ends the process by the signal itself. Dying by the signal — not process.exit — ends the
 * worker threads with the process, without tearing down their native modules (nodejieba) one by one.
 */
export function handleStopSignals(stop?: (signal: StopSignal) => void): () => void {
  let stopping = false;
  const onSignal = (signal: StopSignal) => {
    if (stop === undefined || stopping) {
      dispose();
      removeTemporaryFiles();
      process.kill(process.pid, signal);
      return;
    }
    stopping = true;
    stop(signal);
  };
  const dispose = () => {
    for (const signal of stopSignals) process.off(signal, onSignal);
  };
  for (const signal of stopSignals) process.on(signal, onSignal);
  return dispose;
}
