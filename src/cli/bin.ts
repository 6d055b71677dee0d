/** Entry point of the `quellenlage` binary: nothing but running `main`. */
import { main } from './quellenlage.js';

// a reader that stops reading ("quellenlage report page.html | head") ends the run quietly, as a
// Unix tool ends on SIGPIPE, with no stack trace of the write that could not go through
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

const code = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s + '\n'),
  (s) => process.stderr.write(s + '\n'),
);
if (typeof code === 'number') process.exitCode = code;
else
  code.then(
    (c) => {
      process.exitCode = c;
    },
    (e: unknown) => {
      process.stderr.write(`quellenlage: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
