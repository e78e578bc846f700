/** Minimal `--name value` / `--flag` parsing for the project's small CLIs. */
export function parseFlags(argv: readonly string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[index + 1];
    if (inline !== undefined) {
      flags.set(name, inline);
    } else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      index++;
    } else {
      flags.set(name, true);
    }
  }
  return { positional, flags };
}

/** Runs a CLI's main function and exits with its status; an unexpected error prints its message and exits 1. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
