import type { Criterion } from '../../schemas/criterion';
import type { Answers } from '../eligibility/answers';
import { evaluateLevel, type Outcome } from '../eligibility/evaluate';
import type { Locale } from '../../i18n/locales';
import { skillLevelName, skillName, terms } from '../criteria/vocabulary';
import { leaves } from '../criteria/walk';
import { gaps, yearsText, type ExplainContext } from '../eligibility/explain';
import { fieldTrainingOf, hasField } from '../eligibility/linked';
import type { EligibilityMessages } from '../eligibility/messages';
import { fill } from '../widget/text';
import { experienceFromJobs, isBlank, jobTime, type Job } from './jobs';
import { calendar, type Day } from './periods';
import type { Profile } from './profile';

/**
 * The candidate presentation (kandidatpresentation) a supplier sends with a call-off: for one
 * level, every requirement in the profile's own words, whether it is met, and the evidence for
 * it (the jobs with their dates and computed years, the education, where each system was used),
 * with the candidate's name, the supplier and the source. Plain data in words;
 * `presentation-document.ts` makes it the site's one document model, for Word, print and text.
 */

export interface PresentationLevel {
  readonly id: string;
  readonly level: number;
  /** "Ekonomiassistent 2". */
  readonly title: string;
  /** The role's slug: what "som <roll>" and "aktuellt område" refer to. */
  readonly role: string;
  readonly criteria: ReadonlyArray<Criterion>;
  /** The requirements in the reader's language, in the source's order. */
  readonly requirements: ReadonlyArray<string>;
  /** In another language than Swedish: the source's Swedish text of each requirement, which applies. */
  readonly sourceRequirements?: ReadonlyArray<string>;
}

export interface PresentationInput {
  readonly messages: EligibilityMessages;
  readonly lang: Locale;
  readonly level: PresentationLevel;
  readonly answers: Answers;
  readonly profile: Profile;
  /** Role titles by slug, as they start a line ("Ekonomiassistent"), and inside a sentence. */
  readonly roleTitle: (slug: string) => string;
  readonly roleName: (slug: string) => string;
  /** "Kammarkollegiet, Konsultkompetenser yrkesområde Kontorstjänster (odaterad)". */
  readonly source: string;
  readonly today: Day;
}

/** A day as ISO text: 2026-11-30. */
export function isoDay(day: Day): string {
  const { year, month, day: d } = calendar(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One job as a line of evidence: "Ekonomiassistent, Skatteverket, 2019-01 – 2023-06 (4,5 år)". */
export function jobLine(job: Job, input: PresentationInput): string {
  const m = input.messages;
  const role = job.kind === 'in-role' ? input.roleTitle(job.role) : fill(m.saPresSimilarRole, { role: input.roleName(job.role) });
  const time = jobTime(job, input.today);
  const years = time.ok ? yearsText(time.years, m) : '';
  const period = time.ok && time.interval ? `${job.from.trim()} – ${job.ongoing && !job.to.trim() ? m.saPresOngoing : job.to.trim()}` : '';
  return [role, job.employer.trim(), period, years && (period ? `(${years})` : years)].filter(Boolean).join(', ').replace(', (', ' (');
}

/** The evidence for one single criterion, as lines. */
function leafEvidence(criterion: Criterion, input: PresentationInput): string[] {
  const m = input.messages;
  const { answers, profile, level } = input;
  const jobs = profile.jobs.filter((job) => !isBlank(job) && jobTime(job, input.today).ok);
  switch (criterion.kind) {
    case 'experience': {
      const role = criterion.scope === 'in-role' && criterion.role ? criterion.role : level.role;
      const counted = jobs.filter((job) => job.role === role && (criterion.scope === 'similar-work' || job.kind === 'in-role'));
      const experience = experienceFromJobs(counted, input.today);
      const asRole = answers.inRole[role] ?? experience.inRole[role] ?? 0;
      const similar = answers.similarWork[role] ?? experience.similarWork[role] ?? 0;
      const total = criterion.scope === 'in-role' ? asRole : asRole + similar;
      const lines = counted.map((job) => jobLine(job, input));
      lines.push(fill(criterion.scope === 'in-role' ? m.saPresTotal : m.saPresTotalSimilar, { years: yearsText(total, m), role: input.roleName(role) }));
      return lines;
    }
    case 'education':
    case 'field-training': {
      const lines: string[] = [];
      if (criterion.kind === 'education' && criterion.field !== undefined && criterion.field !== 'role-field') {
        if (hasField(answers, criterion.field)) lines.push(capitalize(terms.fields[criterion.field].degree[input.lang]));
      } else if (criterion.kind === 'field-training' || criterion.field === 'role-field') {
        const training = fieldTrainingOf(answers, level.role);
        if (training !== 'none') lines.push(capitalize(fill(training === 'higher' ? m.saTrainingHigher : m.saTrainingTraining, { role: input.roleName(level.role) })));
      } else if (answers.education !== 'none' || answers.higherFields.length > 0) {
        lines.push(capitalize(terms.education[answers.education === 'none' ? 'higher' : answers.education].equivalent[input.lang]));
      }
      if (profile.education.trim()) lines.push(profile.education.trim());
      return lines;
    }
    case 'skill': {
      const given = answers.skills[criterion.skill];
      const lines = given ? [`${capitalize(skillName(criterion.skill, input.lang))}: ${skillLevelName(given, input.lang)}`] : [];
      const where = profile.evidence[criterion.skill]?.trim();
      if (where) lines.push(fill(m.saPresUsed, { where }));
      return lines;
    }
    case 'law-knowledge': {
      const given = answers.laws[level.role];
      return given ? [fill(m.saLawPhrase, { level: terms.lawLevels[given].name[input.lang], role: input.roleName(level.role) })] : [];
    }
    case 'public-sector-experience':
      return answers.publicSector ? [capitalize(m.saPublicSector)] : [];
    case 'driving-licence':
      return answers.drivingLicence ? [capitalize(m.saLicence)] : [];
    default:
      return [];
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The evidence for a requirement: every single criterion in it, each line once. */
export function evidence(criterion: Criterion, input: PresentationInput): string[] {
  return [...new Set([...leaves(criterion)].flatMap((leaf) => leafEvidence(leaf, input)))];
}

export interface PresentedRequirement {
  /** The requirement in the profile's own words. */
  readonly text: string;
  readonly met: boolean;
  /** "Uppfyllt." or "Inte uppfyllt. Saknas: ...". */
  readonly verdict: string;
  /** The evidence, one line each; a line saying there is none when there is none. */
  readonly evidence: ReadonlyArray<string>;
  /** The source's Swedish text, in a presentation in another language. */
  readonly source?: string;
}

export interface Presentation {
  readonly title: string;
  readonly meta: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  readonly eligible: boolean;
  /** One sentence: all met, or what is missing. */
  readonly summary: string;
  readonly requirementsHeading: string;
  readonly requirements: ReadonlyArray<PresentedRequirement>;
  readonly jobsHeading: string;
  readonly jobs: ReadonlyArray<string>;
  readonly educationHeading: string;
  readonly education: string;
  readonly sourceLine: string;
}

export function presentation(input: PresentationInput): Presentation {
  const m = input.messages;
  const { level, profile } = input;
  const context: ExplainContext = { messages: m, lang: input.lang, role: input.roleName(level.role), roleName: input.roleName };
  const outcome = evaluateLevel(level, input.answers, level.role);
  const missing = [...new Set(outcome.requirements.flatMap((requirement: Outcome) => gaps(requirement, context)))];

  const meta: Array<{ label: string; value: string }> = [];
  if (profile.name.trim()) meta.push({ label: m.saPresCandidate, value: profile.name.trim() });
  if (profile.supplier.trim()) meta.push({ label: m.saPresSupplier, value: profile.supplier.trim() });
  meta.push({ label: m.saPresLevel, value: level.title }, { label: m.saPresDate, value: isoDay(input.today) });

  const requirements = level.requirements.map((text, index): PresentedRequirement => {
    const result = outcome.requirements[index]!;
    const found = evidence(level.criteria[index]!, input);
    const source = level.sourceRequirements?.[index];
    return {
      text,
      met: result.met,
      verdict: result.met ? m.saPresMet : fill(m.saPresNotMet, { gaps: gaps(result, context).join(', ') }),
      evidence: found.length > 0 ? found : [m.saPresNoEvidence],
      ...(source ? { source: fill(m.saPresSourceText, { text: source }) } : {}),
    };
  });

  return {
    title: fill(m.saPresTitle, { level: level.title }),
    meta,
    eligible: outcome.eligible,
    summary: outcome.eligible ? fill(m.saPresAllMet, { level: level.title }) : fill(m.saPresSomeMissing, { level: level.title, gaps: missing.join(', ') }),
    requirementsHeading: m.saPresRequirements,
    requirements,
    jobsHeading: m.saPresJobs,
    jobs: profile.jobs.filter((job) => !isBlank(job) && jobTime(job, input.today).ok).map((job) => jobLine(job, input)),
    educationHeading: m.saPresEducation,
    education: profile.education.trim(),
    sourceLine: fill(m.saPresSource, { source: input.source }),
  };
}
