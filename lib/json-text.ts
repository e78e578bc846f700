/**
 * The JSON text a value was parsed from, kept beside it so that storing the value again
 * costs no JSON.stringify (an inventory of 300 packages: a tenth of a pending sync's CPU on
 * the event loop). A value is remembered only by `parseRemembering`, and only while it is
 * alive (a WeakMap); the text stays true because documents are values: nothing writes into
 * a parsed document (domain code builds new objects), and `jsonTextOf` is read only by
 * the database's JSON columns.
 */
const texts = new WeakMap<object, string>();

/** `JSON.parse(text)`, the result remembered with its text when it is an object or array. */
export function parseRemembering(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value === 'object' && value !== null) {
    texts.set(value, text);
  }
  return value;
}

/** The text `value` was parsed from, or its JSON.stringify. */
export function jsonTextOf(value: unknown): string {
  return (typeof value === 'object' && value !== null ? texts.get(value) : undefined) ?? JSON.stringify(value);
}
