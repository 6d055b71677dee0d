/**
 * A page may hold at most this many bytes (decompressed): the largest news pages hold a few MB, and
 * a file or record that inflates far beyond (a gzip bomb) must not take the run's memory.
 */
export const MAX_PAGE_BYTES = 32 << 20;

/** The error of a page over MAX_PAGE_BYTES: "the file", "the record's page once decompressed" … */
export const tooLarge = (what: string) => `${what} is larger than ${MAX_PAGE_BYTES >> 20} MB: not analysed`;
