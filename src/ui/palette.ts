/**
 * The one palette of the extension and the CLI's charts: a colour per source type (the panel's type
 * bar and its legend, the comparison charts) and the default highlight colour per kind (educator
 * mode, the printable export; the options page can change these).
 */
import type { Kind, SourceType } from '../core/vocabulary.js';

export const TYPE_COLOURS: Readonly<Record<SourceType, string>> = {
  agency: '#1b3a6b',
  media: '#6b8fd6',
  government: '#2f7d4f',
  politician: '#8cc98f',
  security: '#b5452f',
  justice: '#e39b5a',
  expert: '#7a4fa3',
  organization: '#c7a6e0',
  company: '#a37e12',
  person: '#3c8f98',
  document: '#9a9a9a',
  social_media: '#e3cf6a',
  other: '#555555',
};

/** Light, so that text on them stays readable. */
export const KIND_COLOURS: Readonly<Record<Kind, string>> = {
  quote: '#dbeafe',
  reported: '#dcfce7',
  according_to: '#fef3c7',
  reportative: '#fce7f3',
};
