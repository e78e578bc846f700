/** Values as an administrator reads them: relative times, interface types by name, fields in words, sizes in units. */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 hours ago", "in 5 minutes", "just now". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return relative.format(Math.round(seconds / size), unit);
    }
  }
  return Math.abs(seconds) < 45 ? 'just now' : relative.format(Math.round(seconds), 'second');
}

/**
 * IANAifType numbers (ifType of IF-MIB) an SNMP agent reports, by name. Source: IANA's
 * "IANAifType-MIB" registry, https://www.iana.org/assignments/ianaiftype-mib (the common ones).
 */
const INTERFACE_TYPES: Record<string, string> = {
  '1': 'Other',
  '6': 'Ethernet',
  '9': 'Token Ring',
  '15': 'FDDI',
  '18': 'DS1 (T1/E1)',
  '20': 'ISDN basic rate',
  '22': 'Serial (point to point)',
  '23': 'PPP',
  '24': 'Loopback',
  '28': 'SLIP',
  '30': 'DS3 (T3/E3)',
  '32': 'Frame Relay',
  '37': 'ATM',
  '39': 'SONET',
  '53': 'Virtual',
  '62': 'Fast Ethernet',
  '71': 'Wi-Fi (802.11)',
  '94': 'ADSL',
  '97': 'VDSL',
  '117': 'Gigabit Ethernet',
  '131': 'Tunnel',
  '135': 'VLAN (layer 2)',
  '136': 'VLAN (layer 3)',
  '142': 'IP forwarding',
  '144': 'FireWire (IEEE 1394)',
  '150': 'MPLS tunnel',
  '161': 'Link aggregation (802.3ad)',
  '166': 'MPLS',
  '209': 'Bridge',
  '243': 'Mobile broadband (WWAN)',
  '244': 'Mobile broadband (WWAN)',
};

/** An interface type by name: SNMP gives IANA numbers, agents give words (kept as they are). */
export function interfaceTypeName(type: string | undefined): string | undefined {
  if (type === undefined) {
    return undefined;
  }
  return INTERFACE_TYPES[type.trim()] ?? (/^\d+$/.test(type.trim()) ? `Type ${type}` : type);
}

/**
 * A size in binary units (1024-based, named so: KiB, MiB, GiB), as operating systems report
 * memory and disks: "3.8 GiB", "512 MiB", "—" when unknown. The console's one size formatter.
 */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) {
    return '—';
  }
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 || value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/** Identity kinds (GET /equipment/:id/identities, the merge's dry run) in words. */
const IDENTITY_KIND_NAMES: Record<string, string> = {
  'source-key': 'Source key',
  uuid: 'System UUID',
  serial: 'Serial number',
  'snmp-engine': 'SNMP engine ID',
  mac: 'MAC address',
  'snmp-name-ip': 'SNMP name and address',
  hostname: 'Host name',
  'scan-address': 'Scanned address',
  separated: 'Kept apart from',
};

export function identityKindName(kind: string): string {
  return IDENTITY_KIND_NAMES[kind] ?? kind;
}

/**
 * An identity's value as read: the server keys some as `part|part` (a host name and its
 * domain, a serial and its manufacturer); the empty parts go, the others follow in brackets.
 */
export function identityValueText(value: string): string {
  const [first = '', ...rest] = value.split('|').filter(Boolean);
  return rest.length > 0 ? `${first} (${rest.join(', ')})` : first;
}

/** History field paths in words: `memory.totalBytes` → "Memory". */
const FIELD_NAMES: Record<string, string> = {
  'identity.systemUuid': 'System UUID',
  'identity.hostname': 'Host name',
  'identity.domain': 'Domain',
  'identity.serial': 'Serial number',
  'identity.manufacturer': 'Manufacturer',
  'identity.model': 'Model',
  'identity.chassisType': 'Chassis',
  'identity.primaryIp': 'IP address',
  typeHint: 'Type reported',
  'os.name': 'Operating system',
  'os.version': 'OS version',
  'os.architecture': 'Architecture',
  'os.kernel': 'Kernel',
  'bios.vendor': 'BIOS vendor',
  'bios.version': 'BIOS version',
  'bios.releaseDate': 'BIOS date',
  'memory.totalBytes': 'Memory',
  'memory.modules': 'Memory modules',
  cpus: 'Processors',
  disks: 'Disks',
  volumes: 'Volumes',
  networkInterfaces: 'Network interfaces',
  software: 'Software',
  loggedInUser: 'User',
  'snmp.sysObjectId': 'sysObjectID',
  'snmp.sysDescr': 'Description (sysDescr)',
  'snmp.sysName': 'SNMP name',
  'snmp.sysLocation': 'Location',
  'snmp.sysContact': 'Contact',
  'snmp.sysUpTimeSeconds': 'Up time',
  'snmp.printerPageCount': 'Pages printed',
  'snmp.firmware': 'Firmware',
};

export function fieldName(path: string): string {
  const known = FIELD_NAMES[path];
  if (known) {
    return known;
  }
  // extras.ocs.foo → "ocs foo": the last words of an unknown path, camelCase split.
  return path
    .split('.')
    .filter((part) => part !== 'extras')
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A changed value with its unit, read from the field's name. */
export function changeValueText(path: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'number') {
    if (/bytes$/i.test(path)) {
      return formatBytes(value);
    }
    if (/mhz$/i.test(path)) {
      return `${value.toLocaleString()} MHz`;
    }
    if (/mbps$/i.test(path)) {
      return `${value.toLocaleString()} Mb/s`;
    }
    if (/seconds$/i.test(path)) {
      return formatDuration(value);
    }
    return value.toLocaleString();
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A duration in its two largest units: "42 s", "12 min 5 s", "3 h 20 min", "3 d 4 h". The
 * console's one duration formatter (a scan's time left, an up time in the history).
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const days = Math.floor(whole / 86_400);
  const hours = Math.floor((whole % 86_400) / 3_600);
  const minutes = Math.floor((whole % 3_600) / 60);
  if (days > 0) {
    return `${days} d ${hours} h`;
  }
  if (hours > 0) {
    return `${hours} h ${minutes} min`;
  }
  return minutes > 0 ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A five-field cron expression in words for the shapes schedules use ("every day at 02:00",
 * "every 15 minutes", "Mondays at 06:30"); anything else is shown as written.
 */
export function cronInWords(expression: string): string {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return expression;
  }
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string];
  const everyDay = dayOfMonth === '*' && month === '*';
  const at = /^\d+$/.test(minute) && /^\d+$/.test(hour) ? `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}` : undefined;
  const step = /^\*\/(\d+)$/.exec(minute);
  if (step && hour === '*' && everyDay && dayOfWeek === '*') {
    return `every ${step[1]} minutes`;
  }
  if (minute === '*' && hour === '*' && everyDay && dayOfWeek === '*') {
    return 'every minute';
  }
  if (/^\d+$/.test(minute) && hour === '*' && everyDay && dayOfWeek === '*') {
    return `every hour at minute ${minute}`;
  }
  const hourStep = /^\*\/(\d+)$/.exec(hour);
  if (/^\d+$/.test(minute) && hourStep && everyDay && dayOfWeek === '*') {
    return `every ${hourStep[1]} hours at minute ${minute}`;
  }
  if (at && everyDay && dayOfWeek === '*') {
    return `every day at ${at}`;
  }
  if (at && everyDay && dayOfWeek === '1-5') {
    return `weekdays at ${at}`;
  }
  if (at && everyDay && /^[0-7](,[0-7])*$/.test(dayOfWeek)) {
    return `${dayOfWeek
      .split(',')
      .map((day) => `${WEEKDAYS[Number(day) % 7]}s`)
      .join(' and ')} at ${at}`;
  }
  if (at && /^\d+$/.test(dayOfMonth) && month === '*' && dayOfWeek === '*') {
    return `on day ${dayOfMonth} of every month at ${at}`;
  }
  return expression;
}
