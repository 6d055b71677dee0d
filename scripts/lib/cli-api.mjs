// The built CLI's library functions for scripts (eval, bench): the same code path as `quellenlage report`.
export { reportOf } from '../../dist/cli/api.mjs';
