/** Records what the script prints with console.log from now on; returns the list the lines go into. */
export function recordOutput(): string[];
/** Writes (or rewrites) the section `name` of docs/measured.md with the lines a command printed. */
export function writeSection(name: string, command: string, lines: readonly string[]): void;
