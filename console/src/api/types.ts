/**
 * The API's answers as the console reads them: names for parts of openapi.gen.ts, which
 * `npm run api-types` generates from the server's OpenAPI document, so they cannot drift.
 */
import type { paths } from './openapi.gen';

/** The generated paths relative to /api/v1, as ApiClient.request and useQuery take them. */
type ApiPaths = { [Path in keyof paths as Path extends `/api/v1${infer Rest}` ? Rest : never]: paths[Path] };
type ApiPath = keyof ApiPaths;
/** The methods a path declares (the generated item lists the others as `?: never`). */
type MethodOf<Path extends ApiPath> = { [Method in keyof ApiPaths[Path]]-?: ApiPaths[Path][Method] extends { responses: object } ? Method : never }[keyof ApiPaths[Path]];
type ResponsesOf<Path extends ApiPath, Method extends MethodOf<Path>> = ApiPaths[Path][Method] extends { responses: infer Responses } ? Responses : never;

type SuccessOf<Path extends ApiPath, Method extends MethodOf<Path>> = Extract<keyof ResponsesOf<Path, Method>, 200 | 201 | 202>;

/**
 * The JSON body of an answer, e.g. `ResponseOf<'/equipment/{id}', 'get'>`: by default of its
 * success statuses (200, 201 or 202, whichever the route declares), or of the one given.
 */
export type ResponseOf<Path extends ApiPath, Method extends MethodOf<Path>, Status extends keyof ResponsesOf<Path, Method> = SuccessOf<Path, Method>> =
  ResponsesOf<Path, Method>[Status] extends { content: { 'application/json': infer Body } } ? Body : never;

/** Every member of a string union, once, in the order written: a missing or unknown member fails typecheck. */
function everyMember<Member extends string>(members: Record<Member, true>): readonly Member[] {
  return Object.keys(members) as Member[];
}

type ItemOf<List extends { items: unknown[] }> = List['items'][number];

/** A page of a list endpoint (`?limit=&offset=`). */
export type Page<T> = Omit<ResponseOf<'/connections', 'get'>, 'items'> & { items: T[] };

export type Connection = ResponseOf<'/connections/{id}', 'get'>;
export type SnmpCredentialResponse = Connection['snmp']['credentials'][number];
export type ImportStatus = ResponseOf<'/connections/{id}/imports', 'get'>;

export type ConnectionTestResult = ResponseOf<'/connections/{id}/test', 'post'>;
export type NetworkTestResult = Extract<ConnectionTestResult, { target: string }>;
export type FolderTestResult = Extract<ConnectionTestResult, { path: string }>;

export type ScanRun = ResponseOf<'/scans/{id}', 'get'>;
export type ScanStatus = ScanRun['status'];
export type ScanCounts = ScanRun['counts'];
export type ScanResult = ItemOf<ResponseOf<'/scans/{id}/results', 'get'>>;
export type ProbeStep = ScanResult['steps'][number];
export const SCAN_STATUSES = everyMember<ScanStatus>({ running: true, completed: true, cancelled: true, failed: true, interrupted: true });

export type EquipmentSummary = ItemOf<ResponseOf<'/equipment', 'get'>>;
export type EquipmentType = EquipmentSummary['type'];
export type EquipmentStatus = EquipmentSummary['status'];
export type EquipmentSource = EquipmentSummary['sources'][number];
export type InventorySource = EquipmentSource['source'];
export const EQUIPMENT_TYPES = everyMember<EquipmentType>({
  Workstation: true,
  Laptop: true,
  Server: true,
  VirtualMachine: true,
  Printer: true,
  Switch: true,
  Router: true,
  Firewall: true,
  AccessPoint: true,
  Phone: true,
  Storage: true,
  PowerDevice: true,
  IpCamera: true,
  EnvironmentSensor: true,
  Unknown: true,
});
export const EQUIPMENT_STATUSES = everyMember<EquipmentStatus>({ Active: true, Ignored: true, Retired: true });
export const INVENTORY_SOURCES = everyMember<InventorySource>({ snmp: true, 'capture-agent': true, 'push-agent': true, ocs: true, manual: true });

export type EquipmentDetail = ResponseOf<'/equipment/{id}', 'get'>;
/** The merged inventory document. */
export type InventoryDocument = EquipmentDetail['inventory'];
export type HistoryItem = ItemOf<ResponseOf<'/equipment/{id}/history', 'get'>>;
export type InventoryChange = HistoryItem['changes'][number];

export type AgentApiConfiguration = ResponseOf<'/agent-api', 'get'>;
export type IssuedCredentials = ResponseOf<'/agent-api/secret', 'post'>;
export type Agent = ItemOf<ResponseOf<'/agents', 'get'>>;
export type PendingMachine = ItemOf<ResponseOf<'/pending', 'get'>>;
export type Association = ResponseOf<'/pending/{id}/associate', 'post'>;
export type AgentRelease = ItemOf<ResponseOf<'/agent-releases', 'get'>>;

export type Dashboard = ResponseOf<'/dashboard', 'get'>;
export type Session = ResponseOf<'/session', 'get'>;
