import type { Locale } from '../../i18n/locales';
import type { ChosenLevel } from './state';

/**
 * A call-off draft: everything the buyer has put in, for "save the draft in this browser" (local
 * storage, only when asked) and for a JSON file they keep. It holds free text (cover details,
 * specifications, pasted text), so it never goes into the address and is never sent anywhere.
 * The types live here without the schema, so the page's first script stays small; `draft.ts`
 * reads a draft back and checks it, loaded when a draft is opened.
 */

export const DRAFT_FORMAT = 'konsultkompetenser/avrop';
export const DRAFT_VERSION = 1;
/** The local-storage key of the one draft kept in this browser. */
export const DRAFT_STORAGE_KEY = 'konsultkompetenser.avrop.utkast';

export interface Specification {
  /** A mandatory requirement (ska-krav) or a desirable one that adds value (bör-krav). */
  kind: 'mandatory' | 'desirable';
  text: string;
}

export interface CoverDetails {
  agency: string;
  title: string;
  reference: string;
  contact: string;
}

export interface DraftLevel {
  id: string;
  count?: number | undefined;
  specifications: Specification[];
}

export interface Draft {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  language: Locale;
  cover: CoverDetails;
  levels: DraftLevel[];
  /** The "check your own text" part: the level compared with and the pasted text. */
  check: { level: string; text: string };
}

export const emptyCover: CoverDetails = { agency: '', title: '', reference: '', contact: '' };

export function emptyDraft(language: Locale): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    language,
    cover: { ...emptyCover },
    levels: [],
    check: { level: '', text: '' },
  };
}

/** The draft as the text of a JSON file, readable by a person too. */
export function draftJson(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** The levels and counts of a draft, as the address keeps them. */
export function chosenLevels(draft: Draft): ChosenLevel[] {
  return draft.levels.map((level) => (level.count === undefined ? { id: level.id } : { id: level.id, count: level.count }));
}
