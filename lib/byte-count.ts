const UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: 1024 * 1024, gb: 1024 * 1024 * 1024 };

/** "16mb" → 16,777,216: the size settings' form (as body-parser reads them, powers of 1024). */
export function byteCount(size: string): number {
  const match = /^(\d+)(b|kb|mb|gb)$/i.exec(size.trim());
  if (!match?.[1] || !match[2]) {
    throw new Error(`not a size: ${size} (write it like 512kb or 16mb)`);
  }
  return Number(match[1]) * (UNITS[match[2].toLowerCase()] ?? 1);
}
