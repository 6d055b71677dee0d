/** The cues' explanations per language and cue id, made by build.mjs from the lexicons (`allExplanations`). */
declare module 'quellenlage:explanations' {
  const explanations: Record<string, Record<string, { de: string; en: string }>>;
  export default explanations;
}
