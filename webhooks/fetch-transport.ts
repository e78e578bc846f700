import type { WebhookTransport } from './dispatcher';

/** POSTs with Node's fetch and answers the status; the receiver's body is not read, however long it is. */
export const fetchTransport: WebhookTransport = {
  async post(url, body, headers, signal) {
    // redirect: 'manual': a 3xx is the receiver's answer, not an invitation to POST the signed body elsewhere.
    const response = await fetch(url, { method: 'POST', body, headers, signal, redirect: 'manual' });
    await response.body?.cancel().catch(() => undefined);
    return response.status;
  },
};
