import type { SnmpValue } from './snmp-reader';
import { bytesOfHex, counter64Of, integerOf, ipAddressOf, oidOf, RecordingValueError, TAG, type SnmpRecording } from './snmp-recording';

/** Python's string escapes, as snmpsim evaluates an `e`-encoded value (record/snmprec.py). */
const ESCAPES: Readonly<Record<string, number>> = { '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

/**
 * Reads snmpsim's `.snmprec` format (snmpsim/grammar/snmprec.py): one `OID|TAG|VALUE` a line.
 * TAG is the ASN.1 tag number; a trailing `x` says VALUE is hex, a trailing `e` that it is a
 * Python-escaped string; `TAG:module` hands the record to a variation module, whose arguments
 * are no value: such lines are skipped, as are blank lines and `#` comments.
 *
 * `text` is the file decoded as latin1, so that a value's bytes are the file's bytes (snmpsim
 * reads it as octets too).
 */
export function parseSnmprec(text: string): SnmpRecording {
  const recording: SnmpRecording = { values: [], skipped: [] };
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) {
      return;
    }
    const [oid, tag, value] = splitRecord(line);
    if (oid === undefined || tag === undefined || value === undefined) {
      recording.skipped.push({ line: index + 1, reason: 'not OID|TAG|VALUE' });
      return;
    }
    if (tag.includes(':')) {
      recording.skipped.push({ line: index + 1, reason: `variation module ${tag.slice(tag.indexOf(':') + 1)}: its value is made when read` });
      return;
    }
    try {
      recording.values.push(valueOf(oidOf(oid), tag, value));
    } catch (error) {
      if (!(error instanceof RecordingValueError)) {
        throw error;
      }
      recording.skipped.push({ line: index + 1, reason: error.message });
    }
  });
  return recording;
}

/** OID, tag and value: the value is everything after the second `|` (it may hold more). */
function splitRecord(line: string): [string?, string?, string?] {
  const first = line.indexOf('|');
  const second = first < 0 ? -1 : line.indexOf('|', first + 1);
  if (second < 0) {
    return [];
  }
  return [line.slice(0, first).trim(), line.slice(first + 1, second).trim(), line.slice(second + 1).replace(/\s+$/, '')];
}

function valueOf(oid: string, tagText: string, text: string): SnmpValue {
  const match = /^(\d+)([xe]?)$/.exec(tagText);
  if (!match) {
    throw new RecordingValueError(`tag "${tagText}" is not a number`);
  }
  const type = Number(match[1]);
  const bytes = () => (match[2] === 'x' ? bytesOfHex(text) : match[2] === 'e' ? unescape(text) : Buffer.from(text, 'latin1'));
  switch (type) {
    case TAG.octetString:
    case TAG.opaque:
      return { oid, type, value: bytes() };
    case TAG.integer:
    case TAG.counter32:
    case TAG.gauge32:
    case TAG.timeTicks:
      return { oid, type, value: integerOf(type, text.trim()) };
    case TAG.counter64:
      return { oid, type, value: counter64Of(text.trim()) };
    case TAG.oid:
      return { oid, type, value: oidOf(text.trim()) };
    case TAG.ipAddress:
      return { oid, type, value: match[2] === 'x' ? ipAddressOf(bytesOfHex(text)) : text.trim() };
    case TAG.null:
    case TAG.noSuchObject:
    case TAG.noSuchInstance:
    case TAG.endOfMibView:
      return { oid, type, value: null };
    default:
      throw new RecordingValueError(`unknown tag ${type}`);
  }
}

/** Evaluates a Python raw string (`\n`, `\x0a`, `\\`...) to its octets. */
function unescape(text: string): Buffer {
  const octets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char !== '\\') {
      octets.push(char.charCodeAt(0) & 0xff);
      continue;
    }
    const escaped = text[++index] ?? '';
    if (escaped === 'x') {
      const digits = text.slice(index + 1, index + 3);
      if (digits.length !== 2) {
        throw new RecordingValueError('\\x needs two hex digits');
      }
      octets.push(...bytesOfHex(digits));
      index += 2;
    } else if (escaped in ESCAPES) {
      octets.push(ESCAPES[escaped] as number);
    } else {
      throw new RecordingValueError(`unknown escape \\${escaped}`);
    }
  }
  return Buffer.from(octets);
}
