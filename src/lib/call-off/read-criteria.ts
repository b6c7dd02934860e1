import type { Criterion } from '../../schemas/criterion';
import type { EducationLevel, LawLevel, SkillId, SkillLevelId } from '../../schemas/vocabulary';
import {
  criterionKinds,
  educationLevels,
  educationRank,
  knowledgeScale,
  lawLevels,
  lawRank,
  scaleOf,
  skillLevels,
  skillRank,
  skills,
  terms,
} from '../criteria/vocabulary';
import { leaves } from '../criteria/walk';
import { fold } from './words';

/**
 * Reads a requirement a buyer wrote with the criterion vocabulary (each entry's `reads`), to say whether it asks for
 * more or less than the profile: years of experience, the level of education, how much of a
 * skill, knowledge of the law, "or equivalent" and "Alternatively". Only what the text says
 * plainly is read; anything else is left for the word diff to show.
 */

export interface TextReading {
  /** Years of experience named, in order: "minst fem (5) års" and "5 år" both give 5. */
  readonly years: number[];
  readonly education: ReadonlySet<EducationLevel>;
  /** The skill levels named, in order. */
  readonly skillLevels: SkillLevelId[];
  /** A very high level ("mycket goda kunskaper", "excellent"), above any in the profile. */
  readonly veryGood: boolean;
  readonly law: LawLevel | undefined;
  /** "eller likvärdig(t)", "or equivalent". */
  readonly equivalent: boolean;
  /** "Alternativt", "Alternatively". */
  readonly alternative: boolean;
  /** What the text is about: "experience", "education", "skill:ms-office", … */
  readonly aspects: ReadonlySet<string>;
}

export type Direction = 'stricter' | 'looser';

/** One way the buyer's requirement departs from the profile's. */
export type Finding =
  | { readonly aspect: 'years'; readonly direction: Direction; readonly profile: number; readonly text: number }
  | { readonly aspect: 'education'; readonly direction: Direction; readonly profile: EducationLevel; readonly text: EducationLevel }
  | { readonly aspect: 'skill'; readonly direction: Direction; readonly profile: SkillLevelId; readonly text: SkillLevelId | 'very-good' }
  | { readonly aspect: 'law'; readonly direction: Direction; readonly profile: LawLevel; readonly text: LawLevel }
  | { readonly aspect: 'equivalent'; readonly direction: 'stricter' }
  | { readonly aspect: 'alternative'; readonly direction: 'stricter' };

const numberWords: Readonly<Record<string, number>> = {
  ett: 1, en: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const yearPattern = new RegExp(
  `(?:\\b(${Object.keys(numberWords).join('|')})\\b\\s*)?(?:\\(?\\s*(\\d{1,2})\\s*\\)?\\s*)?(?:-?\\s*)(?:ars?|years?)\\b`,
  'g',
);

/** How a buyer's text names each skill: the vocabulary's pattern, or its name in either language. */
const skillPatterns: ReadonlyArray<[SkillId, RegExp]> = skills.map((skill) => {
  const { reads, name } = terms.skills[skill];
  const named = [name.sv, name.en].map((words) => fold(words).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return [skill, reads ?? new RegExp(named)];
});

/** Reads what a requirement's text asks, in either language. */
export function readRequirement(text: string): TextReading {
  const folded = fold(text).replace(/\s+/g, ' ');
  const years: number[] = [];
  for (const match of folded.matchAll(yearPattern)) {
    const [, word, digits] = match;
    if (digits !== undefined) years.push(Number(digits));
    else if (word !== undefined) years.push(numberWords[word]!);
  }

  const education = new Set(educationLevels.filter((level) => terms.education[level].reads.test(folded)));
  const veryGood = /mycket goda? kunskap|utmarkta kunskap|very good|excellent|expert/.test(folded);
  const law = [...lawLevels].reverse().find((level) => terms.lawLevels[level].reads?.test(folded));

  const aspects = new Set<string>();
  for (const kind of criterionKinds) if (terms.kinds[kind]?.reads?.test(folded)) aspects.add(kind);
  if (years.length > 0) aspects.add('experience');
  if (education.size > 0) aspects.add('education');
  for (const [skill, pattern] of skillPatterns) if (pattern.test(folded)) aspects.add(`skill:${skill}`);
  if (law) aspects.add('law-knowledge');

  return {
    years,
    education,
    skillLevels: namedSkillLevels(folded),
    veryGood,
    law,
    equivalent: /likvardig|equivalent/.test(folded),
    alternative: /\balternativt\b|\balternatively\b/.test(folded),
    aspects,
  };
}

/**
 * The skill levels a text names, in order. Where two readings overlap ("goda kunskaper" holds
 * "kunskaper"), the one that starts first, then the longer, wins.
 */
function namedSkillLevels(folded: string): SkillLevelId[] {
  const found = skillLevels.flatMap((level) => {
    const pattern = terms.skillLevels[level].reads;
    if (!pattern) return [];
    return [...folded.matchAll(new RegExp(pattern.source, 'g'))].map((match) => ({ level, start: match.index, end: match.index + match[0].length }));
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SkillLevelId[] = [];
  let end = 0;
  for (const match of found) {
    if (match.start < end) continue;
    kept.push(match.level);
    end = match.end;
  }
  return kept;
}

/** A skill level's rank, with "very good" above every level of the knowledge scale. */
const rankOf = (level: SkillLevelId | 'very-good') => (level === 'very-good' ? knowledgeScale.length + 1 : skillRank(level));

/**
 * How a buyer's requirement departs from the profile's: each finding says what is asked more
 * (stricter) or less (looser). Empty when the reading finds nothing that differs.
 */
export function compareWithProfile(profileText: string, criterion: Criterion, text: string): Finding[] {
  const reading = readRequirement(text);
  const profile = readRequirement(profileText);
  const parts = leaves(criterion);
  const findings: Finding[] = [];

  const profileYears = parts.flatMap((part) => (part.kind === 'experience' ? [part.years] : []));
  reading.years.slice(0, profileYears.length).forEach((years, index) => {
    const asked = profileYears[index]!;
    if (years !== asked) findings.push({ aspect: 'years', direction: years > asked ? 'stricter' : 'looser', profile: asked, text: years });
  });

  const profileEducation = new Set(parts.flatMap((part) => (part.kind === 'education' ? [part.level] : [])));
  if (reading.education.size > 0 && profileEducation.size > 0) {
    const [asked] = profileEducation;
    const [said] = reading.education;
    if (profileEducation.size === 1 && reading.education.size === 1 && asked !== undefined && said !== undefined && asked !== said) {
      findings.push({ aspect: 'education', direction: educationRank(said) > educationRank(asked) ? 'stricter' : 'looser', profile: asked, text: said });
    }
  }

  const skill = parts.find((part) => part.kind === 'skill');
  if (skill) {
    const asked = skill.level;
    const scale = scaleOf(asked);
    const said = reading.veryGood && scale === 'knowledge' ? 'very-good' : reading.skillLevels.find((level) => scaleOf(level) === scale);
    if (said !== undefined && said !== asked) {
      findings.push({
        aspect: 'skill',
        direction: rankOf(said) > rankOf(asked) ? 'stricter' : 'looser',
        profile: asked,
        text: said,
      });
    }
  }

  const law = parts.find((part) => part.kind === 'law-knowledge');
  if (law && reading.law && reading.law !== law.level) {
    findings.push({ aspect: 'law', direction: lawRank(reading.law) > lawRank(law.level) ? 'stricter' : 'looser', profile: law.level, text: reading.law });
  }

  if (profile.equivalent && !reading.equivalent) findings.push({ aspect: 'equivalent', direction: 'stricter' });
  // "A. Alternativt, B" with B left out: fewer ways in. Every alternative in the profile names years.
  if (criterion.kind === 'any-of' && profile.alternative && !reading.alternative && reading.years.length < profileYears.length) {
    findings.push({ aspect: 'alternative', direction: 'stricter' });
  }
  return findings;
}
