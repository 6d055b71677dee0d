/**
 * The report's fixed vocabularies, kept apart from the zod schema (schema.ts) so that code on every
 * page (the content script) can use them without bundling zod.
 */
export const KINDS = ['quote', 'reported', 'according_to', 'reportative'] as const;
export const SOURCE_TYPES = [
  'agency',
  'media',
  'government',
  'politician',
  'security',
  'justice',
  'expert',
  'organization',
  'company',
  'person',
  'document',
  'social_media',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The types a body can have (an office, a party, a court, a firm …), as against a person or a thing. */
export const BODY_TYPES: ReadonlySet<SourceType> = new Set<SourceType>(
  SOURCE_TYPES.filter((t) => t !== 'person' && t !== 'document' && t !== 'social_media' && t !== 'other'),
);

/** The types of an outlet of the news: a newspaper or broadcaster, and a news agency. */
export const OUTLET_TYPES: ReadonlySet<SourceType> = new Set<SourceType>(['media', 'agency']);

/**
 * The family of a cue id, whose explanation a member without one of its own has: "verb:sagen" → "verb"
 * (explainCue and the panel's lookup both read it).
 */
export function cueFamily(cueId: string): string {
  return cueId.split(':')[0]!;
}
