import type { WebhookTransport } from './dispatcher';

/** POSTs with Node's fetch; the answer's body is read and discarded so the connection can be reused. */
export const fetchTransport: WebhookTransport = {
  async post(url, body, headers, signal) {
    // redirect: 'manual': a 3xx is the receiver's answer, not an invitation to POST the signed body elsewhere.
    const response = await fetch(url, { method: 'POST', body, headers, signal, redirect: 'manual' });
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  },
};
