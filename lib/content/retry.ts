/**
 * The content script's patience with the background. The browser may stop the service worker
 * at any moment (idle, update, memory), also while it analyses a posting: the request then
 * fails or is never answered, and sending it again starts the worker anew.
 */

/** Pauses before each retry of a failed analysis: four attempts within about five seconds. */
export const RETRY_PAUSES_MS: readonly number[] = [250, 1000, 3000];

/** An analysis takes well under a second; no answer after this counts as a failure. */
export const REPLY_TIMEOUT_MS = 10_000;

/** Rejects when `promise` has not settled within `ms` (a message nobody ever answers). */
export function withTimeout<T>(promise: Promise<T>, ms: number = REPLY_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A pause that ends early when `now()` is called (the user asked again) or `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): { done: Promise<void>; now(): void } {
  let now = () => {};
  const done = new Promise<void>((resume) => {
    const timer = setTimeout(resume, ms);
    now = () => {
      clearTimeout(timer);
      resume();
    };
    signal.addEventListener('abort', now, { once: true });
  });
  return { done, now };
}
