import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The server's Prometheus metrics, one registry per server (tests start several). */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'inventory_http_request_duration_seconds',
    help: 'HTTP request durations by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly scanRuns = new Counter({
    name: 'inventory_scan_runs_total',
    help: 'Scan runs finished, by status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly probes = new Counter({
    name: 'inventory_probes_total',
    help: 'Probe steps taken during scans, by probe and outcome',
    labelNames: ['probe', 'status'] as const,
    registers: [this.registry],
  });

  readonly scanHostsInFlight = new Gauge({
    name: 'inventory_scan_hosts_in_flight',
    help: 'Hosts being probed and recorded now, all runs together (each holds one of its connection\'s concurrency slots)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
