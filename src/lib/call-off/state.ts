import type { Locale } from '../../i18n/locales';

/**
 * What the call-off page keeps in its address, so a link shares the choice: the levels, in
 * order, each with an optional number of consultants, and the document's language. Nothing a
 * buyer writes (cover details, specifications, pasted text) ever goes here.
 *
 *   niva=<level id>[:<antal>]   a level, e.g. niva=kontorstjanster/administrator/2:3, repeated
 *   sprak=sv|en                 the document's language (default: the page's)
 *   a=<level id>, b=<level id>  the two levels of the compare page, whose form can send them here
 *
 * Parsing never throws: unknown levels, a level given twice and bad numbers are left out and
 * reported, so the page can say so.
 */

export interface ChosenLevel {
  readonly id: string;
  /** How many consultants the call-off asks for at this level; undefined when not said. */
  readonly count?: number;
}

export interface CallOffState {
  readonly levels: ChosenLevel[];
  readonly language: Locale | undefined;
}

export type StateNotice =
  | { readonly kind: 'unknown-level'; readonly value: string }
  | { readonly kind: 'repeated-level'; readonly value: string }
  | { readonly kind: 'bad-count'; readonly value: string }
  | { readonly kind: 'too-many'; readonly value: string };

/** Consultants per level: 1 to this many. */
export const MAX_COUNT = 999;
/** Levels in one call-off: more are not read. */
export const MAX_LEVELS = 50;
const MAX_SHOWN = 60;

const shorten = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

export function parseCallOffQuery(
  search: string,
  known: ReadonlySet<string>,
): { state: CallOffState; notices: StateNotice[] } {
  const params = new URLSearchParams(search);
  const notices: StateNotice[] = [];
  const levels: ChosenLevel[] = [];
  for (const raw of [...params.getAll('niva'), ...params.getAll('a'), ...params.getAll('b')]) {
    const value = raw.trim();
    if (value === '') continue;
    if (levels.length >= MAX_LEVELS) {
      notices.push({ kind: 'too-many', value: String(MAX_LEVELS) });
      break;
    }
    const match = /^\/*(.*?)\/*(?::(.*))?$/.exec(value)!;
    const id = match[1]!;
    const countText = match[2];
    if (!known.has(id)) {
      notices.push({ kind: 'unknown-level', value: shorten(id) });
      continue;
    }
    if (levels.some((level) => level.id === id)) {
      notices.push({ kind: 'repeated-level', value: id });
      continue;
    }
    const count = countText === undefined || countText === '' ? undefined : parseCount(countText);
    if (count === null) notices.push({ kind: 'bad-count', value: shorten(`${id}:${countText}`) });
    levels.push(count === undefined || count === null ? { id } : { id, count });
  }
  const languageValue = params.get('sprak');
  const language = languageValue === 'sv' || languageValue === 'en' ? languageValue : undefined;
  return { state: { levels, language }, notices };
}

/** A number of consultants: a whole number from 1 to MAX_COUNT, or null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_COUNT ? value : null;
}

/** The query string for a state: level ids left readable (slashes and colons as they are). */
export function callOffQuery(state: CallOffState, pageLanguage: Locale): string {
  const parts = state.levels.map(
    (level) => `niva=${readable(level.id)}${level.count === undefined ? '' : `:${level.count}`}`,
  );
  if (state.language && state.language !== pageLanguage) parts.push(`sprak=${state.language}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function readable(id: string): string {
  return encodeURIComponent(id).replace(/%2F/gi, '/');
}

/** Moves the level at `from` one place up (-1) or down (+1); unchanged at the ends. */
export function moveLevel<T>(list: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const result = [...list];
  [result[from], result[to]] = [result[to]!, result[from]!];
  return result;
}
