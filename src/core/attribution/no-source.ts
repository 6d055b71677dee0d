/** The fields of an attribution without a source (reportative markers, quotes nobody claims). */
export const NO_SOURCE = { source: null, resolved: null, type: null, named: false } as const;
