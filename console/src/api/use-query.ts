import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../session/session';
import { ApiError, type RequestOptions } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * GETs an API path and keeps the answer; `pollMs` re-reads it on that period while the
 * component is shown (a running scan), and `path: null` reads nothing.
 */
export function useQuery<T>(path: string | null, options: { query?: RequestOptions['query']; pollMs?: number } = {}): QueryState<T> {
  const api = useApi();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const queryKey = JSON.stringify(options.query ?? {});
  const lastKey = useRef<string>('');

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const key = `${path}?${queryKey}`;
    if (lastKey.current !== key) {
      // A different resource: do not show the previous one's data meanwhile.
      setLoading(true);
      lastKey.current = key;
    }
    const controller = new AbortController();
    api
      .request<T>(path, { query: JSON.parse(queryKey) as RequestOptions['query'], signal: controller.signal })
      .then(
        (answer) => {
          setData(answer);
          setError(undefined);
        },
        (failure: unknown) => {
          if (failure instanceof ApiError) {
            setError(failure);
          } else if (!(failure instanceof DOMException)) {
            setError(new ApiError({ title: 'Error', status: 0, detail: String(failure) }));
          }
        },
      )
      .finally(() => {
        if (!controller.signal.aborted) {
          setLoading(false);
        }
      });
    return () => controller.abort();
  }, [api, path, queryKey, generation]);

  const pollMs = options.pollMs ?? 0;
  useEffect(() => {
    if (path === null || pollMs <= 0) {
      return;
    }
    const timer = setInterval(() => setGeneration((value) => value + 1), pollMs);
    return () => clearInterval(timer);
  }, [path, pollMs]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
