import { format, t, type Locale, type Messages } from '../i18n';
import type { SkillLevel } from '../schemas/criterion';
import type { LocalizedText } from '../schemas/text';
import { vocabulary } from '../schemas/vocabulary';
import { matrixColumnName, skillLevelName, skillName, terms } from './criteria/vocabulary';
import type { JoinedCell } from './matrix-cells';
import {
  columnOf,
  educationOf,
  type EducationAtom,
  type EducationStep,
  type ExperienceAtom,
  type MatrixCell,
  type MatrixColumn,
  type PlainCriterion,
  type SkillAtom,
} from './requirement-matrix';

/**
 * The words of a matrix cell: "Högskola (juristexamen)", "3 år som arkivarie", "Ekonomisystem
 * (goda kunskaper)", and for a cell that joins columns, lettered options ("A: Högskola och 1 år
 * i liknande arbete", "B: 3 år som arkivarie"). Short on purpose; the requirement's own text is
 * beside it.
 */

/** What the words need to know about the level's role, to name it ("3 år som arkivarie"). */
export interface WordsContext {
  /** Slug of the level's own role. */
  readonly roleSlug: string;
  /** Title of a role of the same area, by slug. */
  readonly roleTitle: (slug: string) => LocalizedText | undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Högskola" inside a sentence is "högskola"; "MS Office" stays as it is. */
const inSentence = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** "a eller b eller c" / "a or b or c". */
function joinWith(template: string, parts: ReadonlyArray<string>): string {
  return parts.reduce((a, b) => format(template, { a, b }));
}

export function educationWords(step: EducationStep, m: Messages, lang: Locale): string {
  let words = step.level === 'none' ? '' : terms.education[step.level].short[lang];
  if (step.field) {
    const field = step.field === 'role-field' ? vocabulary.roleField.short[lang] : terms.fields[step.field].short[lang];
    words = format(m.matrixEducationField, { education: words, field });
  }
  if (step.fieldTraining) words = words ? format(m.matrixAnd, { a: words, b: m.matrixEducationTraining }) : capitalise(m.matrixEducationTraining);
  return words || m.matrixNone;
}

/** "3 år i liknande arbete", "1 år som arkivarie": years in a role name the role, its own too. */
export function experienceWords(atom: ExperienceAtom, m: Messages, lang: Locale, context: WordsContext): string {
  const one = atom.years === 1;
  if (atom.scope === 'similar-work') return format(one ? m.matrixExperienceSimilarOne : m.matrixExperienceSimilar, { years: atom.years });
  const title = context.roleTitle(atom.role ?? context.roleSlug)?.[lang];
  if (title === undefined) return format(one ? m.matrixExperienceInRoleOne : m.matrixExperienceInRole, { years: atom.years });
  return format(one ? m.matrixExperienceOtherRoleOne : m.matrixExperienceOtherRole, { years: atom.years, role: inSentence(title) });
}

export function skillLevelWords(level: SkillLevel, lang: Locale): string {
  return capitalise(skillLevelName(level, lang));
}

export function skillWords(atom: SkillAtom, m: Messages, lang: Locale): string {
  return format(m.matrixSkillWithLevel, { skill: capitalise(skillName(atom.skill, lang)), level: skillLevelName(atom.level, lang) });
}

function optionWords(column: MatrixColumn, option: ReadonlyArray<PlainCriterion>, lang: Locale, context: WordsContext): string {
  const m = t(lang);
  if (option.length === 0) return m.matrixNone;
  switch (column) {
    case 'education':
      return educationWords(educationOf(option as EducationAtom[]), m, lang);
    case 'experience':
      return joinWith(m.matrixAnd, (option as ExperienceAtom[]).map((atom) => experienceWords(atom, m, lang, context)));
    case 'msOffice':
    case 'english':
      return joinWith(m.matrixAnd, (option as SkillAtom[]).map((atom) => skillLevelWords(atom.level, lang)));
    case 'systems':
      return (option as SkillAtom[]).map((atom) => skillWords(atom, m, lang)).join(', ');
    case 'drivingLicence':
      return option.map((atom) => (atom.kind === 'driving-licence' ? atom.class : '')).join(', ');
    case 'publicSector':
      return m.matrixYes;
    case 'law':
      return joinWith(m.matrixAnd, option.map((atom) => (atom.kind === 'law-knowledge' ? capitalise(terms.lawLevels[atom.level].name[lang]) : '')));
  }
}

/** The cell in a word or a number; alternatives joined with "eller" / "or". */
export function cellWords(cell: MatrixCell, lang: Locale, context: WordsContext): string {
  const m = t(lang);
  if (cell.empty) return m.matrixNone;
  const [first = '', ...rest] = cell.options.map((option) => optionWords(cell.column, option, lang, context));
  return joinWith(m.matrixOr, [first, ...rest.map(inSentence)]);
}

/** A joined cell in words: what it is about, and its options, lettered. */
export interface JoinedWords {
  /** "Utbildning och erfarenhet". */
  readonly label: string;
  readonly options: ReadonlyArray<{ readonly letter: string; readonly words: string }>;
  /** The whole cell as one sentence: "A: Högskola och 1 år i liknande arbete, eller B: 3 år som arkivarie". */
  readonly sentence: string;
}

/** The label of a cell over several columns: their titles, "Utbildning och erfarenhet". */
export function columnsLabel(columns: ReadonlyArray<MatrixColumn>, lang: Locale): string {
  const m = t(lang);
  const titles = columns.map((column, index) => {
    const title = matrixColumnName(column, lang);
    return index === 0 ? title : inSentence(title);
  });
  return titles.length <= 1 ? titles.join('') : `${titles.slice(0, -1).join(', ')} ${m.critAnd} ${titles.at(-1)}`;
}

/** The letter of the option at `index`: A, B, … */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

export function joinedCellWords(cell: JoinedCell, lang: Locale, context: WordsContext): JoinedWords {
  const m = t(lang);
  const options = cell.options.map((option, index) => {
    const parts = cell.columns.flatMap((column) => {
      const part = option.filter((criterion) => columnOf(criterion) === column);
      return part.length === 0 ? [] : [optionWords(column, part, lang, context)];
    });
    const [first = m.matrixNone, ...rest] = parts;
    return { letter: optionLetter(index), words: joinWith(m.matrixAnd, [first, ...rest.map(inSentence)]) };
  });
  const said = options.map((option) => format(m.chartOptionLetter, option));
  return { label: columnsLabel(cell.columns, lang), options, sentence: said.join(`, ${m.critOr} `) };
}
