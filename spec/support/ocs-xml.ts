/**
 * OCS Inventory XML as the OCS Unix agent 2.10 writes it (see spec/fixtures/ocs/README.md):
 * elements sorted alphabetically at every level, CONTENT first and QUERY last, one NETWORKS
 * record per address, empty values as empty elements, speeds with a unit. Only the sections
 * reconciliation and the equipment detail read are written, with realistic values.
 */

export interface OcsNetwork {
  description: string;
  mac: string;
  /** One NETWORKS record per address, as the Unix agent writes them. */
  addresses?: readonly string[];
  /** `VIRTUALDEV` 1 (FusionInventory and the Windows agent set it; the Unix agent leaves it out). */
  virtual?: boolean;
  speed?: string;
  status?: 'Up' | 'Down';
  type?: string;
}

export interface OcsBios {
  smanufacturer?: string;
  smodel?: string;
  ssn?: string;
  type?: string;
  bmanufacturer?: string;
  bversion?: string;
  bdate?: string;
  mmanufacturer?: string;
}

export interface OcsMachine {
  /** `<name>-YYYY-MM-DD-HH-MM-SS`: the host name and the first run, kept by the agent. */
  deviceId: string;
  name: string;
  /** The agent writes the DNS domain here, or `WORKGROUP` when it knows none. */
  workgroup?: string;
  uuid?: string;
  bios?: OcsBios;
  osName?: string;
  osVersion?: string;
  osComments?: string;
  memoryMb?: number;
  userId?: string;
  networks?: readonly OcsNetwork[];
  softwares?: readonly { name: string; version?: string; publisher?: string }[];
  cpu?: { type: string; cores: number; arch?: string };
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A section's record: its fields sorted, absent ones left out, empty ones written empty. */
function record(tag: string, fields: Record<string, string | number | undefined>, indent = '    '): string {
  const lines = Object.keys(fields)
    .sort()
    .filter((key) => fields[key] !== undefined)
    .map((key) => `${indent}  <${key}>${escape(String(fields[key]))}</${key}>`);
  return [`${indent}<${tag}>`, ...lines, `${indent}</${tag}>`].join('\n');
}

function networkRecords(network: OcsNetwork): string[] {
  const addresses = network.addresses?.length ? network.addresses : [undefined];
  return addresses.map((address) =>
    record('NETWORKS', {
      DESCRIPTION: network.description,
      DUPLEX: 'Full',
      IPADDRESS: address,
      IPMASK: address?.includes(':') ? 'ffff:ffff:ffff:ffff::' : address ? '255.255.255.0' : undefined,
      MACADDR: network.mac,
      MTU: 1500,
      SPEED: network.speed ?? '1000 Mbps',
      STATUS: network.status ?? 'Up',
      TYPE: network.type ?? 'ethernet',
      VIRTUALDEV: network.virtual === undefined ? undefined : network.virtual ? 1 : 0,
    }),
  );
}

/** The first IPv4 address of the machine's interfaces, as HARDWARE/IPADDR carries it. */
function firstIpv4(machine: OcsMachine): string | undefined {
  return machine.networks?.flatMap((network) => network.addresses ?? []).find((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address));
}

export function ocsXml(machine: OcsMachine): string {
  const bios = machine.bios ?? {};
  const sections: string[] = [
    record('BIOS', {
      BDATE: bios.bdate,
      BMANUFACTURER: bios.bmanufacturer,
      BVERSION: bios.bversion,
      MMANUFACTURER: bios.mmanufacturer ?? bios.smanufacturer,
      SMANUFACTURER: bios.smanufacturer,
      SMODEL: bios.smodel,
      SSN: bios.ssn,
      TYPE: bios.type,
    }),
  ];
  if (machine.cpu) {
    sections.push(record('CPUS', { CORES: machine.cpu.cores, CPUARCH: machine.cpu.arch ?? 'x86_64', LOGICAL_CPUS: machine.cpu.cores * 2, NAME: machine.cpu.type, TYPE: machine.cpu.type }));
  }
  sections.push(
    record('HARDWARE', {
      CHECKSUM: 1572863,
      DATELASTLOGGEDUSER: '',
      DESCRIPTION: 'x86_64/00-00-00 00:04:22',
      IPADDR: firstIpv4(machine),
      LASTLOGGEDUSER: machine.userId ?? '',
      MEMORY: machine.memoryMb,
      NAME: machine.name,
      OSCOMMENTS: machine.osComments,
      OSNAME: machine.osName ?? 'Debian GNU/Linux 12',
      OSVERSION: machine.osVersion ?? '12',
      USERID: machine.userId,
      UUID: machine.uuid,
      VMSYSTEM: 'Physical',
      WORKGROUP: machine.workgroup ?? 'WORKGROUP',
    }),
  );
  sections.push(...(machine.networks ?? []).flatMap(networkRecords));
  sections.push(...(machine.softwares ?? []).map((software) => record('SOFTWARES', { FROM: 'deb', NAME: software.name, PUBLISHER: software.publisher, VERSION: software.version })));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<REQUEST>',
    '  <CONTENT>',
    ...sections,
    '  </CONTENT>',
    `  <DEVICEID>${escape(machine.deviceId)}</DEVICEID>`,
    '  <QUERY>INVENTORY</QUERY>',
    '</REQUEST>',
    '',
  ].join('\n');
}
