import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { configSchema, ENVIRONMENT_KEYS, type Config } from './schema';

/** Thrown when the configuration is invalid; `problems` has one line per bad key. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Command-line arguments (without node and script); `--config <file>` is read from them. */
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
}

type Raw = Record<string, unknown>;

/**
 * Loads defaults, then the config file (`--config` or INVENTORY_CONFIG), then
 * environment variables, and validates the result once. The returned object is frozen.
 */
export function loadConfig(options: LoadConfigOptions = {}): Readonly<Config> {
  const env = options.env ?? process.env;
  const configFile = configFileFrom(options.argv ?? [], env);
  const raw: Raw = {};
  const origin = new Map<string, string>();

  if (configFile) {
    const fromFile = readConfigFile(configFile);
    for (const [keyPath, value] of flatten(fromFile)) {
      setPath(raw, keyPath, value);
      origin.set(keyPath.join('.'), `${configFile}: ${keyPath.join('.')}`);
    }
  }
  for (const [name, keyPath] of Object.entries(ENVIRONMENT_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') {
      continue;
    }
    setPath(raw, keyPath, value);
    origin.set(keyPath.join('.'), name);
  }

  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(describeIssues(parsed.error, origin, configFile));
  }
  return deepFreeze(parsed.data);
}

function configFileFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const flagIndex = argv.indexOf('--config');
  if (flagIndex >= 0) {
    const file = argv[flagIndex + 1];
    if (!file) {
      throw new ConfigError(['--config: expects a file path']);
    }
    return path.resolve(file);
  }
  const inline = argv.find((arg) => arg.startsWith('--config='));
  if (inline) {
    return path.resolve(inline.slice('--config='.length));
  }
  return env.INVENTORY_CONFIG ? path.resolve(env.INVENTORY_CONFIG) : undefined;
}

function readConfigFile(file: string): Raw {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${file}: is not valid JSON (${(error as Error).message})`]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError([`${file}: must contain a JSON object`]);
  }
  return value as Raw;
}

function describeIssues(error: z.ZodError, origin: Map<string, string>, configFile: string | undefined): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    const keyPath = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = [...keyPath, key].join('.');
        lines.push(`${origin.get(full) ?? full}: unknown setting${suggestion(key)}`);
      }
      continue;
    }
    const label = origin.get(keyPath.join('.')) ?? (configFile ? `${configFile}: ${keyPath.join('.')}` : keyPath.join('.'));
    lines.push(`${label}: ${issue.message}`);
  }
  return lines;
}

/** Suggests the closest known setting for a typo (edit distance at most 2). */
function suggestion(key: string): string {
  const known = new Set(Object.values(ENVIRONMENT_KEYS).map((keyPath) => keyPath[keyPath.length - 1] ?? ''));
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function* flatten(value: Raw, prefix: string[] = []): Generator<[string[], unknown]> {
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
      yield* flatten(child as Raw, [...prefix, key]);
    } else {
      yield [[...prefix, key], child];
    }
  }
}

function setPath(target: Raw, keyPath: readonly string[], value: unknown): void {
  let cursor = target;
  keyPath.forEach((key, index) => {
    if (index === keyPath.length - 1) {
      cursor[key] = value;
      return;
    }
    const next = cursor[key];
    if (typeof next !== 'object' || next === null) {
      cursor[key] = {};
    }
    cursor = cursor[key] as Raw;
  });
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
    Object.freeze(value);
  }
  return value;
}
