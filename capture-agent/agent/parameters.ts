import { agentConfigSchema, AgentConfigError, type AgentConfig } from './config';

/**
 * Command-line parameters written `KEY=value`, named as the MSI parameters users know
 * (CLIENTID, CLIENTSECRET, PORTALURL1, PROXY*), plus the agent's own settings.
 */
export const PARAMETERS = {
  CLIENTID: 'agent API client ID (from the portal’s agent configuration)',
  CLIENTSECRET: 'agent API client secret',
  PORTALURL1: 'portal URL, e.g. https://inventory.example.com',
  PROXYENABLED: '1 to go through an HTTP proxy, 0 not to',
  PROXYURL: 'proxy host name or URL, e.g. proxy.example.com',
  PROXYPORT: 'proxy port, 1-65535',
  PROXYUSER: 'proxy user (Basic authentication)',
  PROXYPASSWORD: 'proxy password',
  CAFILE: 'PEM file of CA certificates to trust for the portal, besides the system’s',
  SYNCENABLED: '1 to push inventories to the portal (default), 0 not to',
  SERVEENABLED: '1 to answer the collector on TCP 7103, 0 not to (default)',
  SERVEADDRESS: 'address to listen on (default 0.0.0.0)',
  SERVEPORT: 'port to listen on (default 7103)',
  SERVETOKEN: 'bearer token the collector must present (16 characters or more)',
  SERVETLSCERT: 'PEM certificate file: serve over TLS',
  SERVETLSKEY: 'PEM private key file of SERVETLSCERT',
  LOGLEVEL: 'fatal, error, warn, info (default), debug or trace',
} as const;
export type ParameterName = keyof typeof PARAMETERS;

export function isParameterArgument(argument: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*=/.test(argument);
}

/** The configuration with `KEY=value` arguments applied; every problem (unknown key, bad value) reported at once. */
export function applyParameterArguments(config: AgentConfig, args: readonly string[]): AgentConfig {
  const { values, problems } = parseParameterArguments(args);
  try {
    const applied = applyParameters(config, values);
    if (problems.length > 0) {
      throw new AgentConfigError('parameters', problems);
    }
    return applied;
  } catch (error) {
    throw error instanceof AgentConfigError && error.where === 'parameters' ? new AgentConfigError('parameters', [...problems, ...error.problems]) : error;
  }
}

/** `KEY=value` arguments to a map; unknown keys (with the closest known one) and repeats are problems. */
export function parseParameterArguments(args: readonly string[]): { values: Map<ParameterName, string>; problems: string[] } {
  const problems: string[] = [];
  const values = new Map<ParameterName, string>();
  for (const argument of args) {
    const equals = argument.indexOf('=');
    const key = argument.slice(0, equals).toUpperCase();
    if (!(key in PARAMETERS)) {
      const guess = closestParameter(key);
      problems.push(`unknown parameter ${argument.slice(0, equals)}${guess ? ` (did you mean ${guess}?)` : ''}`);
      continue;
    }
    if (values.has(key as ParameterName)) {
      problems.push(`${key} is given twice`);
      continue;
    }
    values.set(key as ParameterName, argument.slice(equals + 1));
  }
  return { values, problems };
}

/** The configuration with the parameters applied; every invalid one is reported, by its name. */
export function applyParameters(config: AgentConfig, parameters: ReadonlyMap<ParameterName, string>): AgentConfig {
  const problems: string[] = [];
  const get = (key: ParameterName) => parameters.get(key);
  const flag = (key: ParameterName): boolean | undefined => {
    const value = get(key);
    if (value === undefined) {
      return undefined;
    }
    if (!['0', '1'].includes(value.trim())) {
      problems.push(`${key} must be 0 or 1, not "${value}"`);
      return undefined;
    }
    return value.trim() === '1';
  };
  const portNumber = (key: ParameterName): number | undefined => {
    const value = get(key);
    if (value === undefined) {
      return undefined;
    }
    const number = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || number < 1 || number > 65535) {
      problems.push(`${key} must be an integer between 1 and 65535, not "${value}"`);
      return undefined;
    }
    return number;
  };

  const next = structuredClone(config) as Record<string, unknown> & AgentConfig;
  const portalFields = { url: get('PORTALURL1'), clientId: get('CLIENTID'), clientSecret: get('CLIENTSECRET') };
  if (Object.values(portalFields).some((value) => value !== undefined)) {
    const merged = { ...next.current, ...definedOnly(portalFields) };
    const missing = (['url', 'clientId', 'clientSecret'] as const).filter((field) => !merged[field]);
    const names = { url: 'PORTALURL1', clientId: 'CLIENTID', clientSecret: 'CLIENTSECRET' } as const;
    problems.push(...missing.map((field) => `${names[field]} is required with ${Object.keys(definedOnly(portalFields)).map((field) => names[field as keyof typeof names]).join(', ')}`));
    next.current = merged as AgentConfig['current'];
    // New credentials make an announced secondary configuration moot.
    next.secondary = undefined;
  }

  const proxyEnabled = flag('PROXYENABLED');
  const proxyHost = get('PROXYURL');
  const proxyPort = portNumber('PROXYPORT');
  const proxy = { ...next.proxy };
  if (proxyEnabled !== undefined) {
    proxy.enabled = proxyEnabled;
  }
  if (proxyHost !== undefined || proxyPort !== undefined) {
    const url = proxyUrl(proxyHost ?? proxy.url, proxyPort);
    if (typeof url === 'string') {
      proxy.url = url;
    } else {
      problems.push(url.problem);
    }
  }
  if (get('PROXYUSER') !== undefined) {
    proxy.user = get('PROXYUSER') || undefined;
  }
  if (get('PROXYPASSWORD') !== undefined) {
    proxy.password = get('PROXYPASSWORD') || undefined;
  }
  next.proxy = proxy;

  if (get('CAFILE') !== undefined) {
    next.caFile = get('CAFILE') || undefined;
  }
  const syncEnabled = flag('SYNCENABLED');
  if (syncEnabled !== undefined) {
    next.sync = { ...next.sync, enabled: syncEnabled };
  }
  const serve = { ...next.serve };
  const serveEnabled = flag('SERVEENABLED');
  if (serveEnabled !== undefined) {
    serve.enabled = serveEnabled;
  }
  serve.port = portNumber('SERVEPORT') ?? serve.port;
  serve.address = get('SERVEADDRESS') ?? serve.address;
  for (const [key, field] of [['SERVETOKEN', 'token'], ['SERVETLSCERT', 'tlsCertFile'], ['SERVETLSKEY', 'tlsKeyFile']] as const) {
    if (get(key) !== undefined) {
      serve[field] = get(key) || undefined;
    }
  }
  next.serve = serve;
  if (get('LOGLEVEL') !== undefined) {
    next.logLevel = get('LOGLEVEL') as AgentConfig['logLevel'];
  }

  const parsed = agentConfigSchema.safeParse(next);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = parameterFor(issue.path);
      // A parameter already reported (missing, malformed) is not reported twice.
      if (!problems.some((problem) => problem.startsWith(`${name} `))) {
        problems.push(`${name} ${issue.message}`);
      }
    }
  }
  if (problems.length > 0 || !parsed.success) {
    throw new AgentConfigError('parameters', [...new Set(problems)]);
  }
  return parsed.data;
}

/** PROXYURL may be a host ("proxy.example.com", as the MSI takes it) or a URL; PROXYPORT sets or overrides the port. */
function proxyUrl(hostOrUrl: string | undefined, portNumber: number | undefined): string | { problem: string } {
  if (!hostOrUrl) {
    return { problem: 'PROXYURL is required with PROXYPORT' };
  }
  const withScheme = /^[a-z]+:\/\//i.test(hostOrUrl) ? hostOrUrl : `http://${hostOrUrl}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: `PROXYURL "${hostOrUrl}" is not a host name or URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `PROXYURL must be an http:// or https:// proxy, not ${url.protocol}//` };
  }
  if (url.username || url.password) {
    return { problem: 'PROXYURL must not carry credentials: use PROXYUSER and PROXYPASSWORD' };
  }
  if (portNumber !== undefined) {
    url.port = String(portNumber);
  }
  if (!url.port) {
    return { problem: 'PROXYPORT is required (PROXYURL names no port)' };
  }
  return url.origin;
}

const FIELD_PARAMETERS: Record<string, ParameterName> = {
  'current.url': 'PORTALURL1',
  'current.clientId': 'CLIENTID',
  'current.clientSecret': 'CLIENTSECRET',
  'proxy.url': 'PROXYURL',
  'proxy.user': 'PROXYUSER',
  'proxy.password': 'PROXYPASSWORD',
  caFile: 'CAFILE',
  'serve.token': 'SERVETOKEN',
  'serve.address': 'SERVEADDRESS',
  'serve.tlsCertFile': 'SERVETLSCERT',
  'serve.tlsKeyFile': 'SERVETLSKEY',
  logLevel: 'LOGLEVEL',
};

function parameterFor(path: readonly PropertyKey[]): string {
  const key = path.map(String).join('.');
  return FIELD_PARAMETERS[key] ?? key;
}

function definedOnly<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Record<keyof T, string>>;
}

/** Levenshtein-closest known parameter within two edits, for "did you mean". */
function closestParameter(key: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of Object.keys(PARAMETERS)) {
    const distance = editDistance(key, name);
    if (distance <= 2 && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
