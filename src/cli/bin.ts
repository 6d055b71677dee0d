/** Entry point of the `quellenlage` binary: nothing but running `main`. */
import { main } from './quellenlage.js';

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
