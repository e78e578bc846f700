import type { SnmpValue } from './snmp-reader';
import { bytesOfHex, counter64Of, integerOf, ipAddressOf, oidOf, RecordingValueError, TAG, type SnmpRecording } from './snmp-recording';

/** `.1.3.6.1.2.1.1.5.0 = STRING: "name"`: a line that starts a value (numeric OIDs, `snmpwalk -On`). */
const VALUE_LINE = /^\.?(\d+(?:\.\d+)*) = (.*)$/;

/** net-snmp's words for the values that are not there (snmp_api.c). */
const EXCEPTIONS: readonly [string, number][] = [
  ['No Such Object available', TAG.noSuchObject],
  ['No Such Instance currently exists', TAG.noSuchInstance],
];
/** The walk's last line: it repeats the last OID, whose value is the line before, so it records nothing. */
const END_OF_MIB_VIEW = 'No more variables left in this MIB View';

/**
 * Reads Net-SNMP's `snmpwalk -On` output (numeric OIDs; other -O options as snmpsim reads
 * them: `-Ot` bare TimeTicks, `-Oe` numeric enums, units). A value may run over several lines
 * (a quoted string with line breaks, a long Hex-STRING): lines that do not start an OID belong
 * to the value before them. Lines before the first OID (warnings, "Timeout: No Response") are skipped.
 *
 * `text` is the output decoded as latin1, so that a quoted string's bytes are the bytes printed.
 */
export function parseSnmpwalk(text: string): SnmpRecording {
  const recording: SnmpRecording = { values: [], skipped: [] };
  let pending: { line: number; oid: string; text: string } | undefined;
  const finish = () => {
    if (!pending) {
      return;
    }
    try {
      if (!pending.text.startsWith(END_OF_MIB_VIEW)) {
        recording.values.push(valueOf(pending.oid, pending.text));
      }
    } catch (error) {
      if (!(error instanceof RecordingValueError)) {
        throw error;
      }
      recording.skipped.push({ line: pending.line, reason: error.message });
    }
    pending = undefined;
  };
  text.split(/\r?\n/).forEach((line, index) => {
    const start = VALUE_LINE.exec(line);
    if (start) {
      finish();
      pending = { line: index + 1, oid: start[1] as string, text: start[2] as string };
    } else if (pending) {
      pending.text += `\n${line}`;
    } else if (line.trim() !== '') {
      recording.skipped.push({ line: index + 1, reason: 'not an OID = value line' });
    }
  });
  finish();
  return recording;
}

function valueOf(oid: string, printed: string): SnmpValue {
  // A value an agent sent with another type than its MIB says: net-snmp prints it anyway.
  const text = printed.replace(/^Wrong Type \(should be [^)]*\): /, '').replace(/\n+$/, '');
  const exception = EXCEPTIONS.find(([words]) => text.startsWith(words));
  if (exception) {
    return { oid, type: exception[1], value: null };
  }
  if (text === '""') {
    return { oid, type: TAG.octetString, value: Buffer.alloc(0) };
  }
  if (text === 'NULL') {
    return { oid, type: TAG.null, value: null };
  }
  if (/^\d+$/.test(text)) {
    return { oid, type: TAG.timeTicks, value: integerOf(TAG.timeTicks, text) }; // -Ot prints TimeTicks bare
  }
  const colon = text.indexOf(': ');
  if (colon < 0 && !text.endsWith(':')) {
    throw new RecordingValueError(`no type in "${text.slice(0, 40)}"`);
  }
  const kind = (colon < 0 ? text.slice(0, -1) : text.slice(0, colon)).toUpperCase();
  return { oid, ...typed(kind, colon < 0 ? '' : text.slice(colon + 2)) };
}

function typed(kind: string, text: string): Omit<SnmpValue, 'oid'> {
  switch (kind) {
    case 'STRING':
      return { type: TAG.octetString, value: stringOf(text) };
    case 'HEX-STRING':
      return { type: TAG.octetString, value: bytesOfHex(text.trim()) };
    case 'BITS': // the octets in hex, then the names of the bits set
      return { type: TAG.octetString, value: bytesOfHex(/^([0-9A-Fa-f]{2}\s*)*/.exec(text)?.[0].trim() ?? '') };
    case 'INTEGER':
      return { type: TAG.integer, value: integerOf(TAG.integer, leadingNumber(text)) };
    case 'GAUGE32':
    case 'UNSIGNED32':
    case 'UINTEGER32':
      return { type: TAG.gauge32, value: integerOf(TAG.gauge32, leadingNumber(text)) };
    case 'COUNTER32':
      return { type: TAG.counter32, value: integerOf(TAG.counter32, leadingNumber(text)) };
    case 'TIMETICKS':
      return { type: TAG.timeTicks, value: integerOf(TAG.timeTicks, /^\((\d+)\)/.exec(text)?.[1] ?? leadingNumber(text)) };
    case 'COUNTER64':
      return { type: TAG.counter64, value: counter64Of(leadingNumber(text)) };
    case 'OID':
      return { type: TAG.oid, value: oidOf(text.trim()) };
    case 'IPADDRESS':
      return { type: TAG.ipAddress, value: text.trim() };
    case 'NETWORK ADDRESS':
      return { type: TAG.ipAddress, value: ipAddressOf(bytesOfHex(text.trim())) };
    case 'OPAQUE':
      return { type: TAG.opaque, value: /^([0-9A-Fa-f]{2}\s*)+$/.test(text.trim()) ? bytesOfHex(text.trim()) : Buffer.from(text, 'latin1') };
    default:
      throw new RecordingValueError(`unknown type ${kind}`);
  }
}

/** `"quoted \"text\""` (net-snmp escapes `"` and `\`), or an unquoted string as older walks print it. */
function stringOf(text: string): Buffer {
  if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) {
    return Buffer.from(text, 'latin1');
  }
  return Buffer.from(text.slice(1, -1).replace(/\\(["\\])/g, '$1'), 'latin1');
}

/** `up(1)` → `1`; `60 seconds` → `60`: enum names and units as MIB-aware walks print them. */
function leadingNumber(text: string): string {
  const trimmed = text.trim();
  return /\((-?\d+)\)$/.exec(trimmed)?.[1] ?? /^-?\d+/.exec(trimmed)?.[0] ?? trimmed;
}
