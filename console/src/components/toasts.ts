import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

/** How long a success stays: long enough to read twice; it can be dismissed sooner (its × or Escape). */
const DONE_MS = 6000;

/** The words of a failure: the API's problem detail, or the error's message. */
export function failureText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.detail || error.problem.title;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Toasts (Mantine notifications) for what an action did: "saved", "started", "failed".
 * A success is a polite `status` (read when the screen reader is idle) and closes itself;
 * a failure is an `alert` (read at once) and stays until dismissed, so that no one has to
 * catch it in time (WCAG 2.2.1). A failed save keeps its summary on the form as well.
 */
export const toast = {
  done(message: string, title?: string): void {
    notifications.show({ title, message, color: 'green', autoClose: DONE_MS, role: 'status', 'aria-live': 'polite', closeButtonProps: { 'aria-label': 'Dismiss' } });
  },
  failed(title: string, error: unknown): void {
    notifications.show({ title, message: failureText(error), color: 'red', autoClose: false, role: 'alert', closeButtonProps: { 'aria-label': 'Dismiss' } });
  },
};

/**
 * Escape dismisses the toasts shown, when no dialog is open (a dialog's Escape closes the
 * dialog): a keyboard user need not Tab to the end of the page, where they are, to close them.
 */
export function dismissToastsOnEscape(target: Document): void {
  target.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !target.querySelector('[role="dialog"]')) {
      notifications.clean();
    }
  });
}
