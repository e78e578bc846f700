/** Realistic OCS inventories for the benchmarks: ~200 software entries, a few packages upgraded per revision. */
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SOFTWARE_PER_FILE = 200;

export function ocsFile(machine: number, revision: number): string {
  const software = Array.from({ length: SOFTWARE_PER_FILE }, (_, index) => {
    // Each revision upgrades a few packages, as real re-inventories do.
    const version = index < 5 * revision ? `2.${revision}.${index}` : `1.0.${index}`;
    return `<SOFTWARES><NAME>package-${index}-${index % 7 === 0 ? 'libs' : 'tools'}</NAME><VERSION>${version}</VERSION><PUBLISHER>Vendor ${index % 13}</PUBLISHER></SOFTWARES>`;
  });
  const uuid = `${machine.toString(16).padStart(8, '0')}-2c3d-4e5f-8a7b-${randomUuidTail(machine)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>ws-${machine}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>ws-${machine}</NAME><WORKGROUP>corp.example</WORKGROUP><OSNAME>Microsoft Windows 11 Pro</OSNAME><OSVERSION>10.0.22631</OSVERSION><ARCH>x86_64</ARCH><MEMORY>16384</MEMORY><UUID>${uuid}</UUID><USERID>user${machine}</USERID><IPADDR>10.${(machine >> 8) & 255}.${machine & 255}.10</IPADDR></HARDWARE>
<BIOS><SMANUFACTURER>Dell Inc.</SMANUFACTURER><SMODEL>Latitude 5440</SMODEL><SSN>SN${machine.toString(36).toUpperCase().padStart(6, '0')}</SSN><BVERSION>1.${revision}.0</BVERSION><TYPE>Notebook</TYPE></BIOS>
<CPUS><TYPE>13th Gen Intel(R) Core(TM) i5-1345U</TYPE><CORES>10</CORES><LOGICAL_CPUS>12</LOGICAL_CPUS><SPEED>1600</SPEED></CPUS>
<MEMORIES><CAPACITY>8192</CAPACITY><NUMSLOTS>1</NUMSLOTS><TYPE>DDR4</TYPE></MEMORIES><MEMORIES><CAPACITY>8192</CAPACITY><NUMSLOTS>2</NUMSLOTS><TYPE>DDR4</TYPE></MEMORIES>
<STORAGES><NAME>disk0</NAME><MODEL>PM9A1 NVMe</MODEL><DISKSIZE>512000</DISKSIZE><SERIALNUMBER>S${machine}</SERIALNUMBER></STORAGES>
<DRIVES><LETTER>C:</LETTER><FILESYSTEM>NTFS</FILESYSTEM><TOTAL>486000</TOTAL><FREE>${200000 - revision * 1000}</FREE></DRIVES>
<NETWORKS><DESCRIPTION>Intel(R) Ethernet Connection</DESCRIPTION><MACADDR>00:1e:${hex(machine >> 8)}:${hex(machine)}:aa:01</MACADDR><IPADDRESS>10.${(machine >> 8) & 255}.${machine & 255}.10</IPADDRESS><STATUS>Up</STATUS></NETWORKS>
${software.join('\n')}
</CONTENT></REQUEST>
`;
}

const hex = (value: number) => (value & 255).toString(16).padStart(2, '0');
const randomUuidTail = (machine: number) => machine.toString(16).padStart(12, '0');

/** `files` inventories of `machines` machines as OCS names them (X.ocs, X-1.ocs...), each dated by its revision. */
export function writeOcsFolder(folder: string, files: number, machines: number): void {
  for (let file = 0; file < files; file++) {
    const machine = file % machines;
    const revision = Math.floor(file / machines);
    const name = `ws-${machine}-2026-03-01-09-12-44${revision === 0 ? '' : `-${revision}`}.ocs`;
    writeFileSync(path.join(folder, name), ocsFile(machine, revision));
    const written = new Date(Date.UTC(2026, 2, 1, 9, 0, revision));
    utimesSync(path.join(folder, name), written, written);
  }
}


/**
 * One real-sized inventory: a Windows server whose agent lists every installed update and
 * component (the issue's file: 20 MiB, 53,383 software entries), with the fields the
 * Windows and FusionInventory agents write for each (about 390 bytes an entry).
 */
export function largeOcsFile(softwareCount: number): string {
  const parts: string[] = [ocsFile(900_000, 0).replace(/<SOFTWARES>[\s\S]*<\/SOFTWARES>\n/, '').replace('</CONTENT></REQUEST>\n', '')];
  for (let index = 0; index < softwareCount; index++) {
    const kb = 5_000_000 + index;
    parts.push(
      `<SOFTWARES><ARCH>x86_64</ARCH><FROM>registry</FROM><GUID>{${kb.toString(16).padStart(8, '0')}-1F3A-4C2B-9D8E-0A1B2C3D4E5F}</GUID>` +
        `<INSTALLDATE>${String(1 + (index % 28)).padStart(2, '0')}/0${1 + (index % 9)}/2026</INSTALLDATE>` +
        `<NAME>Security Update for Microsoft Windows Server component ${index % 7 === 0 ? 'Runtime' : 'Servicing Stack'} (KB${kb})</NAME>` +
        `<PUBLISHER>Microsoft Corporation</PUBLISHER><VERSION>10.0.${20348 + (index % 50)}.${index % 3000}</VERSION><FILESIZE>${(index * 7919) % 900_000}</FILESIZE>` +
        `<FOLDER>C:\\Windows\\servicing\\KB${kb}</FOLDER></SOFTWARES>\n`,
    );
  }
  parts.push('</CONTENT></REQUEST>\n');
  return parts.join('');
}
