import { fill } from '../widget/text';
import type { ItemCheck } from './check';
import type { Finding } from './read-criteria';

/**
 * The check's labels and findings in words ("Strängare: 5 år i stället för 3"), from words the
 * page hands over from its dictionary. Kept free of the dictionaries so the browser gets only
 * the words it needs.
 */

export interface CheckWords {
  readonly same: string;
  readonly sameSpelling: string;
  readonly reworded: string;
  readonly stricter: string;
  readonly looser: string;
  readonly stricterAndLooser: string;
  readonly merged: string;
  /** "Del {part} av {of}" */
  readonly part: string;
  readonly partial: string;
  readonly notInProfile: string;
  /** "{text} år i stället för {profile}" */
  readonly years: string;
  /** "{text} i stället för {profile}" */
  readonly education: string;
  readonly level: string;
  readonly equivalent: string;
  readonly alternative: string;
  /** Education levels, skill levels and law levels by their ids, plus "very-good". */
  readonly values: Readonly<Record<string, string>>;
}

/** The label of a checked item: "Samma", "Strängare", "Del 1 av 2", … */
export function checkLabel(check: ItemCheck, words: CheckWords): string {
  switch (check.kind) {
    case 'same':
      return check.exact ? words.same : words.sameSpelling;
    case 'reworded':
      return words.reworded;
    case 'stricter':
      return words.stricter;
    case 'looser':
      return words.looser;
    case 'stricter-and-looser':
      return words.stricterAndLooser;
    case 'merged':
      return words.merged;
    case 'part':
      return fill(words.part, { part: check.part, of: check.of });
    case 'partial':
      return words.partial;
    case 'not-in-profile':
      return words.notInProfile;
  }
}

/** One finding as a phrase with its direction: "Strängare: 5 år i stället för 3". */
export function describeFinding(finding: Finding, words: CheckWords): string {
  const direction = finding.direction === 'stricter' ? words.stricter : words.looser;
  const value = (id: string) => words.values[id] ?? id;
  let detail: string;
  switch (finding.aspect) {
    case 'years':
      detail = fill(words.years, { text: finding.text, profile: finding.profile });
      break;
    case 'education':
      detail = fill(words.education, { text: value(finding.text), profile: value(finding.profile) });
      break;
    case 'skill':
    case 'law':
      detail = fill(words.level, { text: value(finding.text), profile: value(finding.profile) });
      break;
    case 'equivalent':
      detail = words.equivalent;
      break;
    case 'alternative':
      detail = words.alternative;
      break;
  }
  return `${direction}: ${detail}`;
}
