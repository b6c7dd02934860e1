import type { Criterion } from '../../schemas/criterion';
import type { EducationLevel, LawLevel, SkillId, SkillLevelId } from '../../schemas/vocabulary';
import { educationRank, knowledgeScale, lawRank, scaleOf, skillRank, skills, terms } from '../criteria/vocabulary';
import { leaves } from '../criteria/walk';
import { fold } from './words';

/**
 * Reads a requirement a buyer wrote with the criterion vocabulary, to say whether it asks for
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

  const education = new Set<EducationLevel>();
  if (/gymnasi|upper secondary|high school/.test(folded)) education.add('upper-secondary');
  if (/hogskol|universitet|university|higher education|\bdegree\b|examen|\bjur kand/.test(folded)) education.add('higher');

  const skillLevels: SkillLevelId[] = [];
  const veryGood = /mycket goda? kunskap|utmarkta kunskap|very good|excellent|expert/.test(folded);
  for (const match of folded.matchAll(
    /\b(grundkunskap\w*|grundlaggande kunskap\w*|goda? kunskap\w*|kunskap\w*|stor erfarenhet|lang erfarenhet|gedigen erfarenhet|erfarenhet av att anvanda|basic knowledge|good knowledge|good spoken|knowledge|extensive experience|experience of using)\b/g,
  )) {
    skillLevels.push(skillLevelOf(match[1]!));
  }

  const law = /god kannedom|good familiarity|good awareness|good knowledge of (the )?laws?/.test(folded)
    ? 'good-awareness'
    : /kannedom|familiarity|awareness/.test(folded) && /lag|law|forordning|ordinance|regulation/.test(folded)
      ? 'awareness'
      : undefined;

  const aspects = new Set<string>();
  if (years.length > 0 || /arbetslivserfarenhet|work experience|erfarenhet (som|fran)|experience (as|from)/.test(folded)) {
    aspects.add('experience');
  }
  if (education.size > 0 || /\butbildning|\beducation\b/.test(folded)) aspects.add('education');
  for (const [skill, pattern] of skillPatterns) if (pattern.test(folded)) aspects.add(`skill:${skill}`);
  if (law) aspects.add('law-knowledge');
  if (/korkort|driving licen[cs]e/.test(folded)) aspects.add('driving-licence');
  if (/offentlig verksamhet|public[ -]sector/.test(folded)) aspects.add('public-sector-experience');

  return {
    years,
    education,
    skillLevels,
    veryGood,
    law,
    equivalent: /likvardig|equivalent/.test(folded),
    alternative: /\balternativt\b|\balternatively\b/.test(folded),
    aspects,
  };
}

function skillLevelOf(phrase: string): SkillLevelId {
  if (/^(grund|basic)/.test(phrase)) return 'basic';
  if (/^(goda? kunskap|good)/.test(phrase)) return 'good';
  if (/^(kunskap|knowledge)/.test(phrase)) return 'knowledge';
  if (/^(stor|lang|gedigen|extensive)/.test(phrase)) return 'extensive-experience';
  return 'experience';
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
