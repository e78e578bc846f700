/** The API's answers as the console reads them (see /api/v1/openapi.json for the full document). */

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const EQUIPMENT_TYPES = ['Workstation', 'Laptop', 'Server', 'VirtualMachine', 'Printer', 'Switch', 'Router', 'Firewall', 'AccessPoint', 'Phone', 'Storage', 'Unknown'] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];
export const EQUIPMENT_STATUSES = ['Active', 'Ignored', 'Retired'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];
export const INVENTORY_SOURCES = ['snmp', 'capture-agent', 'ocs', 'push-agent', 'api'] as const;
export type InventorySource = string;

export type SnmpCredentialResponse =
  | { version: '1' | '2c'; communitySet: boolean }
  | { version: '3'; username: string; level: string; authProtocol?: string; authKeySet: boolean; privProtocol?: string; privKeySet: boolean };

export interface Connection {
  id: string;
  name: string;
  type: 'network' | 'ocs';
  enabled: boolean;
  targets: string[];
  exclude: string[];
  allowLargeRanges: boolean;
  schedule: string | null;
  ping: { timeoutMs: number; count: number; required: boolean };
  snmp: { enabled: boolean; port: number; timeoutMs: number; retries: number; credentials: SnmpCredentialResponse[] };
  captureAgent: { enabled: boolean; port: number; tls: boolean; caCertificate?: string; tokenSet: boolean };
  concurrency: number;
  ignore: { period: number; unit: string } | null;
  ocs: { path: string; afterImport: 'archive' | 'delete' | 'keep' } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProbeStep {
  name: 'ping' | 'snmp' | 'capture-agent';
  status: 'ok' | 'failed' | 'skipped';
  durationMs: number;
  detail: string;
  reason?: string;
}

export interface NetworkTestResult {
  target: string;
  address: string | null;
  reachable: boolean;
  method: 'snmp' | 'capture-agent' | null;
  steps: ProbeStep[];
  equipmentPreview: { name: string; type: string; manufacturer?: string; model?: string; serial?: string; macAddresses: string[]; sysDescr?: string } | null;
}

export interface FolderTestResult {
  path: string;
  exists: boolean;
  readable: boolean;
  writable: boolean;
  waitingFiles: number;
  detail: string;
}

export type ConnectionTestResult = NetworkTestResult | FolderTestResult;

export const SCAN_STATUSES = ['running', 'completed', 'cancelled', 'failed', 'interrupted'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export interface ScanCounts {
  targets: number;
  processed: number;
  alive: number;
  snmp: number;
  captureAgent: number;
  skipped: number;
  unreachable: number;
  errors: number;
}

export interface ScanRun {
  id: string;
  connectionId: string;
  status: ScanStatus;
  triggeredBy: 'schedule' | 'manual';
  startedAt: string;
  finishedAt: string | null;
  counts: ScanCounts;
  progress: { percent: number; estimatedRemainingSeconds: number | null };
  error: string | null;
  notes: string[];
}

export interface ScanResult {
  id: number;
  address: string;
  alive: boolean;
  rttMs: number | null;
  method: 'snmp' | 'capture-agent' | null;
  equipmentId: string | null;
  error: string | null;
  steps: ProbeStep[];
  createdAt: string;
}

export interface EquipmentSource {
  source: InventorySource;
  connectionId: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface EquipmentSummary {
  id: string;
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  ignoredUntil: string | null;
  lastInventoryAt: string | null;
  sources: EquipmentSource[];
  hostname: string | null;
  serial: string | null;
  manufacturer: string | null;
  model: string | null;
  primaryIp: string | null;
  osName: string | null;
  macAddresses: string[];
  createdAt: string;
  updatedAt: string;
}

/** The merged inventory document: every section is optional. */
export interface InventoryDocument {
  identity?: { systemUuid?: string; hostname?: string; domain?: string; serial?: string; manufacturer?: string; model?: string; chassisType?: string; primaryIp?: string };
  os?: { name?: string; version?: string; architecture?: string; kernel?: string };
  bios?: { vendor?: string; version?: string; releaseDate?: string };
  cpus?: { name?: string; manufacturer?: string; cores?: number; threads?: number; speedMhz?: number }[];
  memory?: { totalBytes?: number; modules?: { slot?: string; capacityBytes?: number; type?: string; speedMhz?: number; serial?: string }[] };
  disks?: { name?: string; model?: string; serial?: string; sizeBytes?: number; type?: string }[];
  volumes?: { mount?: string; filesystem?: string; sizeBytes?: number; freeBytes?: number }[];
  networkInterfaces?: { name?: string; mac?: string; ipv4?: string[]; ipv6?: string[]; type?: string; speedMbps?: number; status?: string; virtual?: boolean }[];
  software?: { name?: string; version?: string; publisher?: string; installedAt?: string }[];
  loggedInUser?: string;
  snmp?: { sysObjectId?: string; sysDescr?: string; sysName?: string; sysLocation?: string; sysContact?: string; sysUpTimeSeconds?: number; printerPageCount?: number };
}

export interface EquipmentDetail extends Omit<EquipmentSummary, 'hostname' | 'serial' | 'manufacturer' | 'model' | 'primaryIp' | 'osName' | 'macAddresses'> {
  inventory: InventoryDocument;
}

export type InventoryChange = { field: string; from: unknown; to: unknown } | { field: string; added: string[]; removed: string[] };

export interface HistoryItem {
  id: number;
  source: InventorySource;
  connectionId: string | null;
  receivedAt: string;
  contentHash: string;
  decision: 'created' | 'updated' | 'unchanged' | 'merged' | 'duplicate' | 'outdated';
  matchedBy: string | null;
  changes: InventoryChange[];
}

export interface AgentApiConfiguration {
  url: string;
  clientId: string;
  status: 'Active' | 'Inactive';
  secretSet: boolean;
  secondary: { url: string; clientId: string; agentsSwitched: number } | null;
}

export interface IssuedCredentials {
  url: string;
  clientId: string;
  clientSecret: string;
  replacedPrevious: boolean;
  message: string;
}

export interface Agent {
  id: string;
  uuid: string;
  hostname: string | null;
  version: string | null;
  status: string | null;
  ipAddress: string | null;
  equipmentId: string | null;
  lastContactAt: string | null;
  lastInventoryAt: string | null;
  online: boolean;
}

export interface PendingMachine {
  id: string;
  agentId: string;
  agentUuid: string;
  name: string | null;
  ipAddress: string | null;
  system: string | null;
  systemUuid: string | null;
  lastInventoryAt: string | null;
  suggestedEquipmentId: string | null;
}

export interface Association {
  equipmentId: string;
  agentId: string;
  created: boolean;
}

export interface AgentRelease {
  version: string;
  fileName: string;
  sha256: string;
  size: number;
  current: boolean;
  uploadedAt: string;
}

export interface Dashboard {
  equipment: { total: number; byType: { type: EquipmentType; count: number }[]; byStatus: { status: EquipmentStatus; count: number }[] };
  stale: { days: number; total: number; items: EquipmentSummary[] };
  lastRuns: (ScanRun & { connectionName: string | null })[];
  importErrors: { connectionId: string; connectionName: string; file: string; reason: string; at: string }[];
  pending: number;
  agents: { online: number; offline: number };
}
