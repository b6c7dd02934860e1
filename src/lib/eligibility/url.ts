import { scaleOf, termOfToken, terms } from '../criteria/vocabulary';
import { emptyAnswers, parseYears, type Answers, type YearsProblem } from './answers';
import type { Question } from './questions';

/**
 * The answers in the page's query string, so that a result can be bookmarked and shared.
 * Parameter names and values are Swedish and ASCII, like the site's slugs:
 *
 *   roll=administrator            show one role (its questions and results)
 *   visa=uppfyllda                show only the levels met
 *   utbildning=gymnasium|hogskola highest education, or equivalent
 *   hogskola=ekonomi,juridik,registrator   fields of higher education
 *   omrade.<roll>=utbildning|hogskola      training in the role's field
 *   som.<roll>=<år>               years as the role
 *   liknande.<roll>=<år>          years of other, similar work
 *   <kunskap>=grundkunskaper|kunskaper|goda-kunskaper|erfarenhet|stor-erfarenhet
 *   lagar.<roll>=kannedom|god-kannedom
 *   offentlig=ja                  practical experience of public-sector work
 *   korkort=ja                    driving licence, category B
 *
 * Parsing never throws: anything unknown or malformed is left out and reported as a notice. A
 * parameter given twice counts once, with its last value, and a notice; `ingen` (education) and
 * `nej` (the others) say "none" as an empty value does. The tokens of skills, levels and fields
 * are the vocabulary table's (src/schemas/vocabulary.ts).
 */

export const trainingTokens = { training: 'utbildning', higher: 'hogskola' } as const;
export const YES = 'ja';
export const ONLY_MET = 'uppfyllda';

/** Parameters beyond this many are not read: a query string is not a place for a novel. */
export const MAX_PARAMETERS = 100;

/** The parameter name of each question. */
export function paramName(question: Question): string {
  switch (question.kind) {
    case 'education':
      return 'utbildning';
    case 'higher-field':
      return 'hogskola';
    case 'field-training':
      return `omrade.${question.role}`;
    case 'in-role':
      return `som.${question.role}`;
    case 'similar-work':
      return `liknande.${question.role}`;
    case 'public-sector':
      return 'offentlig';
    case 'skill':
      return terms.skills[question.skill].token;
    case 'law':
      return `lagar.${question.role}`;
    case 'driving-licence':
      return 'korkort';
  }
}

/** Which role's results to show, and whether to show only the levels met. */
export interface View {
  readonly role: string | null;
  readonly onlyMet: boolean;
}

export type NoticeReason = 'unknown-parameter' | 'unknown-value' | 'too-many-parameters' | 'repeated-parameter' | YearsProblem;

/** Something in the URL that was left out, and why. */
export interface Notice {
  readonly param: string;
  readonly value: string;
  readonly reason: NoticeReason;
}

export interface ParsedQuery {
  readonly answers: Answers;
  readonly view: View;
  readonly notices: ReadonlyArray<Notice>;
}

/** The key whose value is `token` in a table of tokens. */
function keyOf<K extends string>(table: Record<K, string>, token: string): K | undefined {
  return (Object.keys(table) as K[]).find((key) => table[key] === token);
}

/**
 * Reads a query string ("?som.vaktmastare=2&office=grundkunskaper") against the questions the
 * page asks. The result always satisfies the answers schema.
 */
export function parseQuery(search: string, questions: ReadonlyArray<Question>, roles: ReadonlyArray<string>): ParsedQuery {
  const answers = emptyAnswers();
  const notices: Notice[] = [];
  const view = { role: null as string | null, onlyMet: false };
  const byParam = new Map(questions.map((question) => [paramName(question), question]));

  // Each parameter once: the last value of a repeated one wins (a later empty value clears it),
  // with a notice. Only the fields of higher education may come several times, as the form sends them.
  const params = new Map<string, [string, string[]]>();
  const repeated = new Set<string>();
  let count = 0;
  for (const [rawName, rawValue] of new URLSearchParams(search)) {
    count += 1;
    if (count > MAX_PARAMETERS) {
      notices.push({ param: '', value: '', reason: 'too-many-parameters' });
      break;
    }
    const param = rawName.trim().toLowerCase();
    const seen = params.get(param);
    if (!seen) params.set(param, [rawName, [rawValue]]);
    else if (param === 'hogskola') seen[1].push(rawValue);
    else {
      if (!repeated.has(param)) notices.push({ param: rawName, value: rawValue, reason: 'repeated-parameter' });
      repeated.add(param);
      seen[1] = [rawValue];
    }
  }

  for (const [param, [rawName, rawValues]] of params) {
    const rawValue = rawValues.join(',');
    const value = rawValue.trim().toLowerCase();
    const refuse = (reason: NoticeReason) => notices.push({ param: rawName, value: rawValue, reason });

    if (param === 'roll') {
      if (roles.includes(value)) view.role = value;
      else if (value !== '') refuse('unknown-value');
      continue;
    }
    if (param === 'visa') {
      if (value === ONLY_MET) view.onlyMet = true;
      else if (value !== '') refuse('unknown-value');
      continue;
    }

    const question = byParam.get(param);
    if (!question) {
      refuse('unknown-parameter');
      continue;
    }
    if (value === '') continue;

    switch (question.kind) {
      case 'education': {
        const key = value === 'ingen' ? 'none' : termOfToken(terms.education, value);
        if (key) answers.education = key;
        else refuse('unknown-value');
        break;
      }
      case 'higher-field': {
        const known = new Set(
          questions.flatMap((q) => (q.kind === 'higher-field' ? [q.field] : [])),
        );
        for (const token of value.split(',')) {
          const field = termOfToken(terms.fields, token.trim());
          if (field && known.has(field)) {
            if (!answers.higherFields.includes(field)) answers.higherFields.push(field);
          } else if (token.trim() !== '') {
            notices.push({ param: rawName, value: token, reason: 'unknown-value' });
          }
        }
        break;
      }
      case 'field-training': {
        const key = keyOf(trainingTokens, value);
        if (key) answers.fieldTraining[question.role] = key;
        else if (value !== 'nej') refuse('unknown-value');
        break;
      }
      case 'in-role':
      case 'similar-work': {
        const result = parseYears(value);
        if (!result.ok) refuse(result.problem);
        else if (result.value > 0) (question.kind === 'in-role' ? answers.inRole : answers.similarWork)[question.role] = result.value;
        break;
      }
      case 'skill': {
        const level = termOfToken(terms.skillLevels, value);
        const fits = level !== undefined && question.scale === scaleOf(level);
        if (level && fits) answers.skills[question.skill] = level;
        else if (value !== 'nej') refuse('unknown-value');
        break;
      }
      case 'law': {
        const key = termOfToken(terms.lawLevels, value);
        if (key) answers.laws[question.role] = key;
        else if (value !== 'nej') refuse('unknown-value');
        break;
      }
      case 'public-sector':
      case 'driving-licence': {
        if (value === YES || value === 'nej') {
          if (question.kind === 'public-sector') answers.publicSector = value === YES;
          else answers.drivingLicence = value === YES;
        } else {
          refuse('unknown-value');
        }
        break;
      }
    }
  }

  // Every value above comes from a table of known tokens; the tests hold every parse to the
  // answers schema (answers-schema.ts), which the browser does not load.
  return { answers, view, notices };
}

/** The query string for answers and view, without "?"; parameters in the questions' order. */
export function toQuery(answers: Answers, view: View, questions: ReadonlyArray<Question>): string {
  const params = new URLSearchParams();
  if (view.role) params.set('roll', view.role);
  if (view.onlyMet) params.set('visa', ONLY_MET);
  for (const question of questions) {
    const name = paramName(question);
    switch (question.kind) {
      case 'education':
        if (answers.education !== 'none') params.set(name, terms.education[answers.education].token);
        break;
      case 'higher-field':
        if (answers.higherFields.includes(question.field)) {
          const previous = params.get(name);
          const token = terms.fields[question.field].token;
          params.set(name, previous ? `${previous},${token}` : token);
        }
        break;
      case 'field-training': {
        const given = answers.fieldTraining[question.role];
        if (given) params.set(name, trainingTokens[given]);
        break;
      }
      case 'in-role':
      case 'similar-work': {
        const years = (question.kind === 'in-role' ? answers.inRole : answers.similarWork)[question.role];
        if (years) params.set(name, String(years));
        break;
      }
      case 'skill': {
        const level = answers.skills[question.skill];
        if (level) params.set(name, terms.skillLevels[level].token);
        break;
      }
      case 'law': {
        const level = answers.laws[question.role];
        if (level) params.set(name, terms.lawLevels[level].token);
        break;
      }
      case 'public-sector':
        if (answers.publicSector) params.set(name, YES);
        break;
      case 'driving-licence':
        if (answers.drivingLicence) params.set(name, YES);
        break;
    }
  }
  // Commas in lists and dots in names read better unescaped, and are safe in a query string.
  return params.toString().replaceAll('%2C', ',');
}
