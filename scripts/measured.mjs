// docs/measured.md: the figures of `npm run eval` and `npm run bench` as the commands print them,
// one section per command, each rewritten by its command with the date, commit and machine of the run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { format } from 'node:util';

const FILE = new URL('../docs/measured.md', import.meta.url);
const HEAD = `# Measured

The figures of the commands below, as they print them, each with the date, commit and machine of its
run. Each section is rewritten by its own command; the README quotes the main ones. The corpus is
\`../shared/corpus\` (not part of this repository): \`pages/\` + \`gold/\` (dev), \`wide/\` + \`wide-gold/\`.
`;

/** Records what the script prints with console.log from now on; returns the list the lines go into. */
export function recordOutput() {
  const lines = [];
  const log = console.log;
  console.log = (...args) => {
    lines.push(format(...args));
    log(...args);
  };
  return lines;
}

/** The commit the working tree is at, and whether it holds changes not committed (outside generated folders). */
function commit() {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'scripts', 'test', 'build.mjs', 'package.json'],
      {
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${id} with uncommitted changes` : id;
  } catch {
    return 'unknown commit';
  }
}

/** Writes (or rewrites) the section `name` of docs/measured.md with the lines a command printed. */
export function writeSection(name, command, lines) {
  const begin = `<!-- begin ${name} -->`;
  const end = `<!-- end ${name} -->`;
  const date = new Date().toISOString().slice(0, 10);
  const body = [
    begin,
    `## ${name}`,
    '',
    `\`${command}\` on ${date}, commit ${commit()}, ${availableParallelism()} cores, Node ${process.version}.`,
    '',
    '```',
    ...lines.map((l) => l.replace(/\s+$/, '')),
    '```',
    end,
  ].join('\n');
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEAD;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + body + text.slice(b + end.length) : `${text.trimEnd()}\n\n${body}\n`;
  writeFileSync(FILE, text);
}
