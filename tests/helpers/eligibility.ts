import { t } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { buildCatalog } from '../../src/lib/catalog';
import { emptyAnswers, type Answers } from '../../src/lib/eligibility/answers';
import { eligibilityRoles, titleInSentence } from '../../src/lib/eligibility/data';
import { evaluate, type LevelOutcome, type RoleOutcome } from '../../src/lib/eligibility/evaluate';
import { explain, type ExplainContext } from '../../src/lib/eligibility/explain';
import { eligibilityMessages } from '../../src/lib/eligibility/messages';
import { deriveQuestions } from '../../src/lib/eligibility/questions';
import { readContent } from './content';

/** The real content, as the self-assessment sees it. */
const { areas, roles } = readContent();
export const catalog = buildCatalog(areas, roles);
export const criteria = eligibilityRoles(catalog.roles);
export const questions = deriveQuestions(criteria);
export const roleSlugs = criteria.map((role) => role.slug);

/** Answers: empty, with the given parts filled in. */
export function answers(parts: Partial<Answers> = {}): Answers {
  return { ...emptyAnswers(), ...parts };
}

/** The outcome of one level ("kontorstjanster/vaktmastare/2") for some answers. */
export function levelOutcome(id: string, given: Answers): LevelOutcome {
  const level = evaluate(criteria, given)
    .flatMap((role: RoleOutcome) => role.levels)
    .find((l) => l.id === id);
  if (!level) throw new Error(`no level ${id}`);
  return level;
}

/** What the page says about a role's requirements in a language. */
export function explainContext(lang: Locale, roleSlug: string): ExplainContext {
  const name = (slug: string) => {
    const role = catalog.roles.find((r) => r.slug === slug);
    if (!role) throw new Error(`no role ${slug}`);
    return titleInSentence(role.title[lang], lang);
  };
  return { messages: eligibilityMessages(t(lang)), lang, role: name(roleSlug), roleName: name };
}

export { explain };
