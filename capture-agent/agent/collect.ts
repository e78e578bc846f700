import si from 'systeminformation';
import { isIP } from 'node:net';
import { inventoryDocumentSchema, type InventoryDocument, type NetworkInterface } from '../../contracts/inventory-document';
import { listInstalledSoftware } from './software';

/** Chassis types (SMBIOS 3.x, as systeminformation names them) that mean a portable machine. */
const PORTABLE_CHASSIS = /notebook|laptop|portable|sub notebook|hand held|tablet|convertible|detachable/i;

/** This machine's inventory as the normalized document, read with systeminformation and the package database. */
export async function collectInventory(): Promise<InventoryDocument> {
  const [system, bios, os, cpu, memory, memoryLayout, disks, volumes, interfaces, users, chassis, battery, software] = await Promise.all([
    si.system(),
    si.bios(),
    si.osInfo(),
    si.cpu(),
    si.mem(),
    si.memLayout(),
    si.diskLayout(),
    si.fsSize(),
    si.networkInterfaces(),
    si.users(),
    si.chassis(),
    si.battery(),
    listInstalledSoftware(),
  ]);
  const interfaceList = Array.isArray(interfaces) ? interfaces : [interfaces];
  const defaultInterface = interfaceList.find((nic) => nic.default && !nic.internal);
  const document = {
    identity: definedOnly({
      systemUuid: text(system.uuid),
      hostname: text(os.hostname),
      domain: os.fqdn && os.hostname && os.fqdn.startsWith(`${os.hostname}.`) ? os.fqdn.slice(os.hostname.length + 1) : undefined,
      serial: text(system.serial),
      manufacturer: text(system.manufacturer),
      model: text(system.model),
      chassisType: text(chassis.type),
      primaryIp: defaultInterface && isIP(defaultInterface.ip4) === 4 ? defaultInterface.ip4 : undefined,
    }),
    typeHint: battery.hasBattery || PORTABLE_CHASSIS.test(chassis.type ?? '') ? ('Laptop' as const) : ('Workstation' as const),
    os: definedOnly({ name: text(os.distro), version: text(os.release), architecture: text(os.arch), kernel: text(os.kernel) }),
    bios: definedOnly({ vendor: text(bios.vendor), version: text(bios.version), releaseDate: text(bios.releaseDate) }),
    cpus: Array.from({ length: Math.max(1, cpu.processors || 1) }, () =>
      definedOnly({
        name: text([cpu.manufacturer, cpu.brand].filter(Boolean).join(' ')),
        manufacturer: text(cpu.manufacturer),
        cores: cpu.physicalCores ? Math.round(cpu.physicalCores / Math.max(1, cpu.processors)) : undefined,
        threads: cpu.cores ? Math.round(cpu.cores / Math.max(1, cpu.processors)) : undefined,
        speedMhz: cpu.speed > 0 ? Math.round(cpu.speed * 1000) : undefined,
      }),
    ),
    memory: {
      totalBytes: memory.total,
      modules: memoryLayout
        .filter((module) => module.size > 0)
        .map((module) => definedOnly({ slot: text(module.bank), capacityBytes: module.size, type: text(module.type), speedMhz: module.clockSpeed || undefined, serial: text(module.serialNum) })),
    },
    disks: disks.map((disk) => definedOnly({ name: text(disk.device), model: text(disk.name), serial: text(disk.serialNum), sizeBytes: disk.size > 0 ? Math.round(disk.size) : undefined, type: text(disk.type) })),
    volumes: volumes
      .filter((volume) => volume.mount)
      .map((volume) => definedOnly({ mount: volume.mount, filesystem: text(volume.type), sizeBytes: nonNegative(volume.size), freeBytes: nonNegative(volume.available) })),
    networkInterfaces: interfaceList.filter((nic) => !nic.internal).map(toNetworkInterface),
    software,
    loggedInUser: text(users[0]?.user),
  };
  const parsed = inventoryDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the collected inventory is invalid at ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? 'unknown'}`);
  }
  return parsed.data;
}

function toNetworkInterface(nic: si.Systeminformation.NetworkInterfacesData): NetworkInterface {
  const ipv6 = nic.ip6?.replace(/%.*$/, '');
  return definedOnly({
    name: text(nic.iface),
    mac: nic.mac && nic.mac !== '00:00:00:00:00:00' ? nic.mac : undefined,
    ipv4: isIP(nic.ip4) === 4 ? [nic.ip4] : undefined,
    ipv6: ipv6 && isIP(ipv6) === 6 ? [ipv6] : undefined,
    type: text(nic.type),
    speedMbps: typeof nic.speed === 'number' && nic.speed > 0 ? nic.speed : undefined,
    status: nic.operstate === 'up' ? ('up' as const) : nic.operstate === 'down' ? ('down' as const) : ('unknown' as const),
    virtual: nic.virtual,
  });
}

/** systeminformation answers "" or "-" for what it could not read. */
function text(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed !== '-' ? trimmed.slice(0, 255) : undefined;
}

function nonNegative(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}

function definedOnly<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> | undefined } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> | undefined };
}
