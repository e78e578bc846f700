import { DomainError } from './errors';

/**
 * Runs `work` again while it fails with DomainError('retryable') (a unique-key race or
 * a deadlock), at most `attempts` times, with a jittered back-off so that racing
 * writers do not collide again in lockstep. The last failure is thrown.
 */
export async function retryingClashes<T>(attempts: number, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'retryable') || attempt >= attempts) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
