import { rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

/** Whether a spawned peer (snmpd, snmpsimd, mariadbd) is still running. */
export function isRunning(child: ChildProcess | undefined): boolean {
  return child !== undefined && child.exitCode === null && child.signalCode === null;
}

/** Resolves true once the child has exited, false after `timeoutMs`. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (!isRunning(child)) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** SIGTERM, then SIGKILL if it has not exited within `timeoutMs`; resolves once it is gone (or given up on). */
export async function stopChild(child: ChildProcess | undefined, timeoutMs: number): Promise<void> {
  if (!child || !isRunning(child)) {
    return;
  }
  child.kill('SIGTERM');
  if (!(await waitForExit(child, timeoutMs))) {
    child.kill('SIGKILL');
    await waitForExit(child, timeoutMs);
  }
}

/**
 * Ties a spawned peer to this process: killed if the spec process exits first, and a `stop()`
 * that stops it once (however often it is called) and then removes its folder.
 */
export function stopperFor(child: ChildProcess, options: { timeoutMs: number; folder: string }): () => Promise<void> {
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child, options.timeoutMs);
      rmSync(options.folder, { recursive: true, force: true });
    })());
}
