import { parentPort } from 'node:worker_threads';

/** Worker side of WorkerPool: answers each `{id, input}` with `{id, output}` or `{id, error}`. */
export function serveWorkerRequests<I, O>(handle: (input: I) => O): void {
  parentPort?.on('message', ({ id, input }: { id: number; input: I }) => {
    let reply: { id: number; output?: O; error?: string };
    try {
      reply = { id, output: handle(input) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
