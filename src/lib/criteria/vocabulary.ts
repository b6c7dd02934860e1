import { format } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import {
  keysOf,
  matrixColumnNames,
  searchKindNames,
  vocabulary,
  type EducationLevel,
  type JsonLdGroup,
  type KindEntry,
  type MatrixColumn,
  type ScaleId,
  type SearchKind,
  type SkillId,
  type SkillLevelId,
  type TableView,
  type Words,
} from '../../schemas/vocabulary';
import type { PlainCriterion } from './walk';

/**
 * Lists, ranks, places and words derived from the one vocabulary table (src/schemas/vocabulary.ts).
 * Nothing here names a skill, a level or a field: add one to the table and it is here too.
 */

/** The table with each part seen through its entry type (an entry may leave out what it lacks). */
export const terms: TableView = vocabulary;

const byRank = <K extends string>(table: Readonly<Record<K, { readonly rank: number }>>, keys: readonly K[]): K[] =>
  [...keys].sort((a, b) => table[a].rank - table[b].rank);

export const criterionKinds = keysOf(vocabulary.kinds);
export const skills = keysOf(vocabulary.skills);
export const skillLevels = keysOf(vocabulary.skillLevels);
/** "grundkunskaper" < "kunskaper" < "goda kunskaper". */
export const knowledgeScale = byRank(terms.skillLevels, skillLevels.filter((level) => terms.skillLevels[level].scale === 'knowledge'));
/** "erfarenhet" < "stor erfarenhet". */
export const experienceScale = byRank(terms.skillLevels, skillLevels.filter((level) => terms.skillLevels[level].scale === 'experience'));
/** Lowest first. */
export const educationLevels = byRank(terms.education, keysOf(vocabulary.education));
export const namedEducationFields = keysOf(vocabulary.fields);
export const exampleFields = keysOf(vocabulary.exampleFields);
export const lawLevels = byRank(terms.lawLevels, keysOf(vocabulary.lawLevels));

/** Whether a value is a key of a table of the vocabulary (never an inherited property). */
export function isTerm<K extends string>(table: Readonly<Record<K, unknown>>, value: unknown): value is K {
  return typeof value === 'string' && Object.hasOwn(table, value);
}

// Ranks --------------------------------------------------------------------------------------------

/** The scale a skill level is on; knowledge for anything unknown. */
export function scaleOf(level: string): ScaleId {
  return isTerm(terms.skillLevels, level) ? terms.skillLevels[level].scale : 'knowledge';
}

/** The levels of a scale, lowest first. */
export function levelsOf(scale: ScaleId): SkillLevelId[] {
  return scale === 'experience' ? experienceScale : knowledgeScale;
}

/** A skill level's position on its scale (1, 2, 3), 0 for anything else ("none", unknown). */
export function skillRank(level: unknown): number {
  return isTerm(terms.skillLevels, level) ? terms.skillLevels[level].rank : 0;
}

/** Whether a level `given` reaches level `needed` on the same scale. */
export function reaches(given: unknown, needed: SkillLevelId): boolean {
  return isTerm(terms.skillLevels, given) && scaleOf(given) === scaleOf(needed) && skillRank(given) >= skillRank(needed);
}

/** Knowledge of the law: 1, 2; 0 for none or anything unknown. */
export function lawRank(level: unknown): number {
  return isTerm(terms.lawLevels, level) ? terms.lawLevels[level].rank : 0;
}

/** Education: 1 upper secondary, 2 higher; 0 for none or anything unknown. */
export function educationRank(level: unknown): number {
  return isTerm(terms.education, level) ? terms.education[level].rank : 0;
}

/** The education of a rank, or undefined for 0. */
export function educationOfRank(rank: number): EducationLevel | undefined {
  return educationLevels.find((level) => terms.education[level].rank === rank);
}

// Places -------------------------------------------------------------------------------------------

function kindEntry(criterion: PlainCriterion): KindEntry {
  const entry = isTerm(terms.kinds, criterion.kind) ? terms.kinds[criterion.kind] : undefined;
  if (!entry) throw new Error(`Unknown criterion kind: ${JSON.stringify(criterion)}`);
  return entry;
}

/** The search filter a single criterion counts under. */
export function searchKindOf(criterion: PlainCriterion): SearchKind {
  return criterion.kind === 'skill' ? terms.skills[criterion.skill].search : kindEntry(criterion).search;
}

/** The matrix column a single criterion belongs in. */
export function columnOf(criterion: PlainCriterion): MatrixColumn {
  return (criterion.kind === 'skill' ? terms.skills[criterion.skill].column : undefined) ?? kindEntry(criterion).column;
}

/** Where a single criterion goes in schema.org's Occupation. */
export function jsonLdGroupOf(criterion: PlainCriterion): JsonLdGroup {
  return kindEntry(criterion).jsonLd;
}

// Words --------------------------------------------------------------------------------------------

/** A term's words in a language. */
export const say = (words: Words, lang: Locale): string => words[lang];

/** The skill's name inside a sentence: "ekonomisystem". */
export function skillName(skill: SkillId, lang: Locale): string {
  return terms.skills[skill].name[lang];
}

/** A skill level alone: "goda kunskaper". */
export function skillLevelName(level: SkillLevelId, lang: Locale): string {
  return terms.skillLevels[level].name[lang];
}

/** A level with a skill: "goda kunskaper i ekonomisystem", "erfarenhet av ...". */
export function skillPhrase(level: SkillLevelId, skill: string, lang: Locale): string {
  return format(terms.scales[scaleOf(level)].phrase[lang], { level: skillLevelName(level, lang), skill });
}

/** The answer "none" on a scale: "inga kunskaper", "ingen erfarenhet". */
export function noneOn(scale: ScaleId, lang: Locale): string {
  return terms.scales[scale].none[lang];
}

/** What a requirement of a kind is about ("Erfarenhet"); a skill's is its name. */
export function kindLabel(kind: string, lang: Locale): string {
  const entry = isTerm(terms.kinds, kind) ? terms.kinds[kind] : undefined;
  if (!entry?.label) throw new Error(`No label for the criterion kind "${kind}"`);
  return entry.label[lang];
}

// Tokens -------------------------------------------------------------------------------------------

/** The term whose address token is `token` in a part of the table, if any. */
export function termOfToken<K extends string>(table: Readonly<Record<K, { readonly token: string }>>, token: string): K | undefined {
  return (Object.keys(table) as K[]).find((key) => table[key].token === token);
}

/** A search filter's name for a kind of requirement: "Arbetslivserfarenhet". */
export const searchKindName = (kind: SearchKind, lang: Locale): string => searchKindNames[kind][lang];

/** A matrix column's title: "System och andra kunskaper". */
export const matrixColumnName = (column: MatrixColumn, lang: Locale): string => matrixColumnNames[column][lang];
