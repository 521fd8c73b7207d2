/** The arguments of a command that takes only --dry-run and --help: what to do, or the exit code to stop with (0 after --help, 2 for anything else). */
export function dryRunArguments(
  args: readonly string[],
  usage: string,
  io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } },
): { dryRun: boolean } | number {
  if (args.includes('--help')) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length) {
    io.stderr.write(`Unknown argument ${unknown[0]}\n\n${usage}\n`);
    return 2;
  }
  return { dryRun: args.includes('--dry-run') };
}
