import type { Session } from './types';

/** One bad field of a problem+json answer (RFC 9457, with the API's `errors` extension). */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
}

/** A non-2xx answer of the API, with its problem details when it sent some. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message for one field (`snmp.credentials.0.community`), or for any field under a prefix (`targets`). */
  fieldMessage(field: string): string | undefined {
    const found = this.problem.errors?.filter((error) => error.field === field || error.field.startsWith(`${field}.`));
    return found && found.length > 0 ? found.map((error) => error.message).join('; ') : undefined;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  body?: Blob | ArrayBuffer;
  contentType?: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export type UnauthorizedListener = () => void;

/** Calls /api/v1 with the signed-in token; every failure becomes an ApiError. */
export class ApiClient {
  private onUnauthorized: UnauthorizedListener = () => undefined;

  constructor(private readonly token: string) {}

  setUnauthorizedListener(listener: UnauthorizedListener): void {
    this.onUnauthorized = listener;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/octet-stream';
      body = options.body;
    }
    const response = await this.send(path, options.query, { method: options.method ?? 'GET', headers, body, signal: options.signal });
    if (response.status === 204 || response.headers.get('content-length') === '0') {
      return undefined as T;
    }
    return (await response.json()) as T;
  }

  /**
   * Reads GET /api/v1/events (Server-Sent Events) until `signal` aborts, calling `onEvent`
   * with each event's type and data. With fetch rather than EventSource, which cannot send
   * the Authorization header; resolves when the server ends the stream or it fails.
   */
  async events(types: readonly string[], onEvent: (type: string, data: Record<string, unknown>) => void, signal: AbortSignal): Promise<void> {
    const response = await this.send('/events', { types: types.join(',') }, { headers: { accept: 'text/event-stream' }, signal });
    if (!response.body) {
      throw new ApiError({ title: 'Network error', status: 0, detail: 'the event stream has no body' });
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += value.replace(/\r\n?/g, '\n');
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').filter((line) => line && !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]));
        if (fields.event && fields.data) {
          const body = JSON.parse(fields.data) as { data?: Record<string, unknown> };
          onEvent(fields.event, body.data ?? {});
        }
        end = buffer.indexOf('\n\n');
      }
    }
  }

  /** A non-JSON answer (the equipment as CSV) as a blob: a plain link cannot carry the Bearer header. */
  async download(path: string, accept: string, query?: RequestOptions['query']): Promise<Blob> {
    return (await this.send(path, query, { headers: { accept } })).blob();
  }

  /**
   * One call to /api/v1 with the token: a network failure or a non-2xx answer becomes an
   * ApiError (an abort stays an AbortError), and a 401 tells the session (sign in again).
   */
  private async send(path: string, query: RequestOptions['query'], init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`/api/v1${path}${queryString(query)}`, { ...init, headers: { authorization: `Bearer ${this.token}`, ...init.headers } });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        throw error;
      }
      throw new ApiError({ title: 'Network error', status: 0, detail: `the server did not answer (${String(error)})` });
    }
    if (response.status === 401) {
      this.onUnauthorized();
    }
    if (!response.ok) {
      throw new ApiError(await problemOf(response));
    }
    return response;
  }
}

/** Saves a blob as a file, the way a download link would. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function queryString(query: RequestOptions['query']): string {
  if (!query) {
    return '';
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    return { title: parsed.title ?? response.statusText, status: response.status, detail: parsed.detail ?? text, errors: parsed.errors, type: parsed.type };
  } catch {
    return { title: response.statusText || 'Error', status: response.status, detail: text.slice(0, 500) };
  }
}

/** Checks a token by reading who it belongs to; throws ApiError 401 when it is unknown. */
export async function whoAmI(token: string): Promise<Session> {
  return new ApiClient(token).request<Session>('/session');
}
