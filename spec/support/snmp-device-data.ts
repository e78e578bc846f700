import type { DeviceProfile } from './snmp-agents';
import { compareOids } from '../../collector/snmp/snmp-reader';

/**
 * The MIB data each simulated device serves, independent of the SNMP library:
 * scalars (served at OID.0) and tables (served at entryOid.column.index).
 */
export type SnmpValueType = 'Integer' | 'OctetString' | 'OID' | 'IpAddress' | 'Counter32' | 'Gauge32' | 'TimeTicks';
export type SnmpValue = string | number | Buffer;

export interface ScalarObject { name: string; oid: string; type: SnmpValueType; value: SnmpValue }
export interface TableColumn { number: number; name: string; type: SnmpValueType; notAccessible?: boolean }
export interface TableObject {
  name: string;
  /** The conceptual row ("entry") OID, e.g. ifEntry 1.3.6.1.2.1.2.2.1. */
  entryOid: string;
  columns: TableColumn[];
  /** Index parts in INDEX order; a foreign part names the table that holds its column. */
  index: { column: string; foreignTable?: string }[];
  /** Each row: the values of foreign index parts first, then one value per column. */
  rows: SnmpValue[][];
}
export interface DeviceData { scalars: ScalarObject[]; tables: TableObject[] }

export const OID = {
  system: '1.3.6.1.2.1.1',
  sysName: '1.3.6.1.2.1.1.5',
  ifEntry: '1.3.6.1.2.1.2.2.1',
  ifDescr: '1.3.6.1.2.1.2.2.1.2',
  ipAddrEntry: '1.3.6.1.2.1.4.20.1',
  hrSystemUptime: '1.3.6.1.2.1.25.1.1',
  hrMemorySize: '1.3.6.1.2.1.25.2.2',
  hrStorageEntry: '1.3.6.1.2.1.25.2.3.1',
  hrDeviceEntry: '1.3.6.1.2.1.25.3.2.1',
  hrSWInstalledEntry: '1.3.6.1.2.1.25.6.3.1',
  hrSWInstalledName: '1.3.6.1.2.1.25.6.3.1.2',
  prtGeneralEntry: '1.3.6.1.2.1.43.5.1.1',
  prtMarkerEntry: '1.3.6.1.2.1.43.10.2.1',
  entPhysicalEntry: '1.3.6.1.2.1.47.1.1.1.1',
  hrDeviceProcessor: '1.3.6.1.2.1.25.3.1.3',
  hrDevicePrinter: '1.3.6.1.2.1.25.3.1.5',
  hrStorageRam: '1.3.6.1.2.1.25.2.1.2',
  hrStorageFixedDisk: '1.3.6.1.2.1.25.2.1.4',
} as const;

export const LINUX_PACKAGES: readonly string[] = [
  'adduser_3.134', 'apt_2.6.1', 'base-files_12.4+deb12u5', 'bash_5.2.15-2+b2', 'ca-certificates_20230311',
  'coreutils_9.1-1', 'cron_3.0pl1-162', 'curl_7.88.1-10+deb12u5', 'dbus_1.14.10-1~deb12u1', 'dpkg_1.21.22',
  'e2fsprogs_1.47.0-2', 'grub-pc_2.06-13+deb12u1', 'iproute2_6.1.0-3', 'less_590-2.1~deb12u1', 'libc6_2.36-9+deb12u4',
  'libssl3_3.0.11-1~deb12u2', 'linux-image-6.1.0-18-amd64_6.1.76-1', 'logrotate_3.21.0-1', 'nginx_1.22.1-9', 'openssh-client_1:9.2p1-2',
  'openssh-server_1:9.2p1-2', 'openssl_3.0.11-1~deb12u2', 'perl-base_5.36.0-7+deb12u1', 'python3_3.11.2-1+b1', 'rsyslog_8.2302.0-1',
  'snmpd_5.9.3+dfsg-2', 'sudo_1.9.13p3-1+deb12u1', 'systemd_252.22-1~deb12u1', 'tzdata_2024a-0+deb12u1', 'vim-tiny_2:9.0.1378-2',
];

const ifColumns: TableColumn[] = [
  { number: 1, name: 'ifIndex', type: 'Integer' }, { number: 2, name: 'ifDescr', type: 'OctetString' },
  { number: 3, name: 'ifType', type: 'Integer' }, { number: 5, name: 'ifSpeed', type: 'Gauge32' },
  { number: 6, name: 'ifPhysAddress', type: 'OctetString' }, { number: 7, name: 'ifAdminStatus', type: 'Integer' },
  { number: 8, name: 'ifOperStatus', type: 'Integer' },
];
const hrDeviceColumns: TableColumn[] = [
  { number: 1, name: 'hrDeviceIndex', type: 'Integer' }, { number: 2, name: 'hrDeviceType', type: 'OID' },
  { number: 3, name: 'hrDeviceDescr', type: 'OctetString' },
];

function mac(oui: string, tail: number[]): Buffer {
  return Buffer.concat([Buffer.from(oui, 'hex'), Buffer.from(tail.map((byte) => byte & 0xff))]);
}

type Octets = [number, number, number, number];

function addressOctets(address: string): Octets {
  const octets = address.split('.').map(Number);
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255)) {
    throw new Error(`not an IPv4 address: ${address}`);
  }
  return octets as Octets;
}

function systemGroup(profile: DeviceProfile, descr: string, objectId: string, services: number, upTime: number): ScalarObject[] {
  const base = OID.system;
  return [
    { name: 'sysDescr', oid: `${base}.1`, type: 'OctetString', value: descr },
    { name: 'sysObjectID', oid: `${base}.2`, type: 'OID', value: objectId },
    { name: 'sysUpTime', oid: `${base}.3`, type: 'TimeTicks', value: upTime },
    { name: 'sysContact', oid: `${base}.4`, type: 'OctetString', value: 'IT Operations <noc@example.com>' },
    { name: 'sysName', oid: `${base}.5`, type: 'OctetString', value: profile.sysName },
    { name: 'sysLocation', oid: `${base}.6`, type: 'OctetString', value: 'HQ, building A, floor 2' },
    { name: 'sysServices', oid: `${base}.7`, type: 'Integer', value: services },
  ];
}

function ifTable(rows: SnmpValue[][]): TableObject {
  return { name: 'ifTable', entryOid: OID.ifEntry, columns: ifColumns, index: [{ column: 'ifIndex' }], rows };
}

function ipAddrTable(address: string, ifIndex: number): TableObject {
  const columns: TableColumn[] = [
    { number: 1, name: 'ipAdEntAddr', type: 'IpAddress' }, { number: 2, name: 'ipAdEntIfIndex', type: 'Integer' },
    { number: 3, name: 'ipAdEntNetMask', type: 'IpAddress' },
  ];
  return { name: 'ipAddrTable', entryOid: OID.ipAddrEntry, columns, index: [{ column: 'ipAdEntAddr' }], rows: [[address, ifIndex, '255.0.0.0']] };
}

function printer(profile: DeviceProfile, address: string, [, b, c, d]: Octets): DeviceData {
  const serial = `VNB3K${String((b * 65536 + c * 256 + d) % 100000).padStart(5, '0')}`;
  const descr = 'HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24090012,CIDATE 03/22/2024';
  return {
    scalars: systemGroup(profile, descr, '1.3.6.1.4.1.11.2.3.9.1', 72, 51_840_000),
    tables: [
      ifTable([[1, 'HP ETHERNET MULTI-ENVIRONMENT', 6, 100_000_000, mac('0017c8', [b, c, d]), 1, 1]]),
      ipAddrTable(address, 1),
      { name: 'hrDeviceTable', entryOid: OID.hrDeviceEntry, columns: hrDeviceColumns, index: [{ column: 'hrDeviceIndex' }], rows: [[1, OID.hrDevicePrinter, 'HP LaserJet Pro M404dn']] },
      {
        name: 'prtGeneralTable', entryOid: OID.prtGeneralEntry, columns: [{ number: 17, name: 'prtGeneralSerialNumber', type: 'OctetString' }],
        index: [{ column: 'hrDeviceIndex', foreignTable: 'hrDeviceTable' }], rows: [[1, serial]],
      },
      {
        name: 'prtMarkerTable', entryOid: OID.prtMarkerEntry,
        columns: [{ number: 1, name: 'prtMarkerIndex', type: 'Integer', notAccessible: true }, { number: 4, name: 'prtMarkerLifeCount', type: 'Counter32' }],
        index: [{ column: 'hrDeviceIndex', foreignTable: 'hrDeviceTable' }, { column: 'prtMarkerIndex' }], rows: [[1, 1, 48_213 + d]],
      },
    ],
  };
}

function cisco2960(profile: DeviceProfile, address: string, [, , c, d]: Octets): DeviceData {
  const descr = 'Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 15.0(2)SE11, RELEASE SOFTWARE (fc3)\r\n'
    + 'Technical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-2017 by Cisco Systems, Inc.\r\nCompiled Sat 19-Aug-17 09:34 by prod_rel_team';
  const ports = Array.from({ length: 24 }, (_, i): SnmpValue[] => [
    10101 + i, `GigabitEthernet0/${i + 1}`, 6, 1_000_000_000, mac('001b54', [c, d, i + 1]), 1, i % 3 === 2 ? 2 : 1,
  ]);
  const serial = `FOC${String(1200 + d).padStart(4, '0')}X0AB`;
  const entColumns: TableColumn[] = [
    { number: 1, name: 'entPhysicalIndex', type: 'Integer', notAccessible: true }, { number: 2, name: 'entPhysicalDescr', type: 'OctetString' },
    { number: 5, name: 'entPhysicalClass', type: 'Integer' }, { number: 11, name: 'entPhysicalSerialNum', type: 'OctetString' },
    { number: 12, name: 'entPhysicalMfgName', type: 'OctetString' }, { number: 13, name: 'entPhysicalModelName', type: 'OctetString' },
  ];
  return {
    scalars: systemGroup(profile, descr, '1.3.6.1.4.1.9.1.1208', 6, 311_040_000),
    tables: [
      ifTable([[1, 'Vlan1', 53, 1_000_000_000, mac('001b54', [c, d, 0x40]), 1, 1], ...ports]),
      ipAddrTable(address, 1),
      {
        name: 'entPhysicalTable', entryOid: OID.entPhysicalEntry, columns: entColumns, index: [{ column: 'entPhysicalIndex' }],
        rows: [[1, 'WS-C2960-24TT-L', 3, serial, 'Cisco Systems, Inc.', 'WS-C2960-24TT-L']],
      },
    ],
  };
}

function linuxHost(profile: DeviceProfile, address: string, [, b, c, d]: Octets): DeviceData {
  const descr = `Linux ${profile.sysName} 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64`;
  const storageColumns: TableColumn[] = [
    { number: 1, name: 'hrStorageIndex', type: 'Integer' }, { number: 2, name: 'hrStorageType', type: 'OID' },
    { number: 3, name: 'hrStorageDescr', type: 'OctetString' }, { number: 4, name: 'hrStorageAllocationUnits', type: 'Integer' },
    { number: 5, name: 'hrStorageSize', type: 'Integer' }, { number: 6, name: 'hrStorageUsed', type: 'Integer' },
  ];
  const cpu = 'GenuineIntel: Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz';
  return {
    scalars: [
      ...systemGroup(profile, descr, '1.3.6.1.4.1.8072.3.2.10', 72, 12_960_000),
      { name: 'hrSystemUptime', oid: OID.hrSystemUptime, type: 'TimeTicks', value: 12_961_234 },
      { name: 'hrMemorySize', oid: OID.hrMemorySize, type: 'Integer', value: 8_167_400 },
    ],
    tables: [
      ifTable([[1, 'lo', 24, 10_000_000, Buffer.alloc(0), 1, 1], [2, 'eth0', 6, 1_000_000_000, mac('00163e', [b, c, d]), 1, 1]]),
      ipAddrTable(address, 2),
      {
        name: 'hrStorageTable', entryOid: OID.hrStorageEntry, columns: storageColumns, index: [{ column: 'hrStorageIndex' }],
        rows: [[1, OID.hrStorageRam, 'Physical memory', 1024, 8_167_400, 3_412_876], [31, OID.hrStorageFixedDisk, '/', 4096, 12_875_776, 4_102_345]],
      },
      {
        name: 'hrDeviceTable', entryOid: OID.hrDeviceEntry, columns: hrDeviceColumns, index: [{ column: 'hrDeviceIndex' }],
        rows: [[196608, OID.hrDeviceProcessor, cpu], [196609, OID.hrDeviceProcessor, cpu]],
      },
      {
        name: 'hrSWInstalledTable', entryOid: OID.hrSWInstalledEntry, index: [{ column: 'hrSWInstalledIndex' }],
        columns: [{ number: 1, name: 'hrSWInstalledIndex', type: 'Integer' }, { number: 2, name: 'hrSWInstalledName', type: 'OctetString' }],
        rows: LINUX_PACKAGES.map((name, i) => [i + 1, name]),
      },
    ],
  };
}

/** The data a device of this profile serves at this address (MACs and serials derive from the address). */
export function deviceData(profile: DeviceProfile, address: string): DeviceData {
  const octets = addressOctets(address);
  switch (profile.kind) {
    case 'printer': return printer(profile, address, octets);
    case 'switch': return cisco2960(profile, address, octets);
    case 'linux-host': return linuxHost(profile, address, octets);
  }
}

function encodeIndexPart(type: SnmpValueType, value: SnmpValue): string {
  switch (type) {
    case 'Integer': return String(value);
    case 'IpAddress': return String(value);
    case 'OctetString': {
      const bytes = Buffer.from(value as string | Buffer);
      return [bytes.length, ...bytes].join('.');
    }
    case 'OID': case 'Counter32': case 'Gauge32': case 'TimeTicks':
      throw new Error(`unsupported index type ${type}`);
  }
}

function columnNamed(table: TableObject | undefined, name: string): TableColumn {
  const column = table?.columns.find((candidate) => candidate.name === name);
  if (!column) {
    throw new Error(`table ${table?.name ?? '(missing)'} has no column ${name}`);
  }
  return column;
}

function cell(row: SnmpValue[], position: number): SnmpValue {
  const value = row[position];
  if (value === undefined) {
    throw new Error(`row ${JSON.stringify(row)} has no value at ${position}`);
  }
  return value;
}

/** Every instance OID the device serves, with its value, in walk (lexicographic OID) order. */
export function servedValues(data: DeviceData): Map<string, SnmpValue> {
  const values = new Map<string, SnmpValue>();
  for (const scalar of data.scalars) {
    values.set(`${scalar.oid}.0`, scalar.value);
  }
  for (const table of data.tables) {
    const foreign = table.index.filter((part) => part.foreignTable);
    for (const row of table.rows) {
      const suffix = table.index.map((part) => {
        if (part.foreignTable) {
          const owner = data.tables.find((candidate) => candidate.name === part.foreignTable);
          return encodeIndexPart(columnNamed(owner, part.column).type, cell(row, foreign.indexOf(part)));
        }
        const column = columnNamed(table, part.column);
        return encodeIndexPart(column.type, cell(row, foreign.length + table.columns.indexOf(column)));
      }).join('.');
      table.columns.forEach((column, i) => {
        if (!column.notAccessible) {
          values.set(`${table.entryOid}.${column.number}.${suffix}`, cell(row, foreign.length + i));
        }
      });
    }
  }
  return new Map([...values].sort(([a], [b]) => compareOids(a, b)));
}
