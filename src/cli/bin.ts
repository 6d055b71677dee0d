/** Entry point of the `quellenlage` binary: nothing but running `main`. */
import { main } from './quellenlage.js';

process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
