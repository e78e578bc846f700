/** Realistic push-agent sync bodies for the benchmarks: a workstation with ~300 software entries. */
import type { InventoryDocument } from '../contracts/inventory-document';

export const SOFTWARE_PER_AGENT = 300;

const hex = (value: number) => (value & 255).toString(16).padStart(2, '0');

/** A stable agent UUID for agent number `agent`. */
export function agentUuid(agent: number): string {
  return `5e1f0c2a-a9e1-4c2d-8b3f-${agent.toString(16).padStart(12, '0')}`;
}

/**
 * The inventory of agent number `agent`: distinct hostname, serial, system UUID and MACs;
 * `revision` upgrades a few packages, as a re-inventory does.
 */
export function agentInventory(agent: number, revision = 0): InventoryDocument {
  const net = `10.${(agent >> 8) & 255}.${agent & 255}`;
  return {
    identity: {
      hostname: `pc-${agent.toString().padStart(6, '0')}`,
      domain: 'corp.example',
      systemUuid: `4C4C4544-${agent.toString(16).padStart(4, '0').slice(-4).toUpperCase()}-3510-8031-${agent.toString(16).padStart(12, '0').toUpperCase()}`,
      serial: `CZC${agent.toString(36).toUpperCase().padStart(7, '0')}`,
      manufacturer: 'HP',
      model: 'EliteBook 840 G9',
      chassisType: 'Notebook',
      primaryIp: `${net}.10`,
    },
    typeHint: 'Laptop',
    os: { name: 'Microsoft Windows 11 Pro', version: '10.0.22631', architecture: 'x86_64', kernel: '10.0.22631.3447' },
    bios: { vendor: 'HP', version: `U70 Ver. 01.${revision.toString().padStart(2, '0')}.00`, releaseDate: '2024-02-12' },
    cpus: [{ name: '12th Gen Intel(R) Core(TM) i5-1245U', manufacturer: 'Intel', cores: 10, threads: 12, speedMhz: 1600 }],
    memory: {
      totalBytes: 16 * 1024 ** 3,
      modules: [
        { slot: 'DIMM 1', capacityBytes: 8 * 1024 ** 3, type: 'DDR4', speedMhz: 3200, serial: `M1${agent}` },
        { slot: 'DIMM 2', capacityBytes: 8 * 1024 ** 3, type: 'DDR4', speedMhz: 3200, serial: `M2${agent}` },
      ],
    },
    disks: [
      { name: 'disk0', model: 'SAMSUNG MZVL2512HCJQ', serial: `S6${agent.toString().padStart(8, '0')}`, sizeBytes: 512_110_190_592, type: 'NVMe' },
      { name: 'disk1', model: 'Generic USB SD Reader', sizeBytes: 0, type: 'USB' },
    ],
    volumes: [
      { mount: 'C:', filesystem: 'NTFS', sizeBytes: 510_770_000_000, freeBytes: 201_000_000_000 - revision * 1_000_000 },
      { mount: 'D:', filesystem: 'FAT32', sizeBytes: 32_000_000_000, freeBytes: 12_000_000_000 },
    ],
    networkInterfaces: [
      { name: 'Ethernet', mac: `00:1e:${hex(agent >> 16)}:${hex(agent >> 8)}:${hex(agent)}:01`, ipv4: [`${net}.10`], ipv6: ['fe80::21e:ff:fe00:1'], type: 'ethernet', speedMbps: 1000, status: 'up' },
      { name: 'Wi-Fi', mac: `00:1e:${hex(agent >> 16)}:${hex(agent >> 8)}:${hex(agent)}:02`, type: 'wifi', status: 'down' },
      { name: 'vEthernet (WSL)', mac: `00:15:5d:${hex(agent >> 16)}:${hex(agent >> 8)}:${hex(agent)}`, ipv4: ['172.24.0.1'], type: 'ethernet', status: 'up', virtual: true },
    ],
    software: Array.from({ length: SOFTWARE_PER_AGENT }, (_, index) => ({
      name: `${index % 11 === 0 ? 'Microsoft Visual C++ 2015-2022 Redistributable' : 'Package'} ${index}${index % 7 === 0 ? ' (x64)' : ''}`,
      version: index < 5 * revision ? `2.${revision}.${index}` : `1.${index % 9}.${index}`,
      publisher: `Vendor ${index % 13}`,
      installedAt: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    })),
    loggedInUser: `CORP\\user${agent}`,
  };
}

/** The JSON body of a sync, with the inventory when it is a full sync. */
export function syncBody(uuid: string, inventory?: InventoryDocument): string {
  return JSON.stringify({
    uuid,
    agentVersion: '1.4.0',
    status: 'OK',
    date: new Date().toISOString(),
    inventoryHash: inventory ? `h-${uuid}-${inventory.bios?.version ?? ''}` : `h-${uuid}`,
    ...(inventory ? { inventory } : {}),
  });
}
