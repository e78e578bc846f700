import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '../session/session';

/** How long to wait before opening the stream again after it ended or failed. */
const RECONNECT_MS = 3000;

/**
 * Calls `onEvent` for each live event of the given types (GET /api/v1/events), reconnecting
 * when the stream drops, for as long as the component is shown. A page re-reads what an event
 * says changed instead of polling every second.
 */
export function useLiveEvents(types: readonly string[], onEvent: (type: string, data: Record<string, unknown>) => void): void {
  const api = useApi();
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = types.join(',');
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      api
        .events(key.split(','), (type, data) => handler.current(type, data), controller.signal)
        .catch(() => undefined)
        .finally(() => {
          if (!controller.signal.aborted) {
            timer = setTimeout(open, RECONNECT_MS);
          }
        });
    };
    open();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [api, key]);
}

/**
 * `reload`, at most once every `minGapMs`: the first call runs at once, calls within the gap
 * are folded into one at its end. For pages that re-read on events that can come in bursts
 * (equipment updated by a scan of a /24).
 */
export function useThrottled(reload: () => void, minGapMs: number): () => void {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    if (timer.current !== undefined) {
      return;
    }
    const waitMs = last.current + minGapMs - Date.now();
    const run = () => {
      timer.current = undefined;
      last.current = Date.now();
      latest.current();
    };
    if (waitMs <= 0) {
      run();
    } else {
      timer.current = setTimeout(run, waitMs);
    }
  }, [minGapMs]);
}
