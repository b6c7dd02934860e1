import { t, type Locale, type MessageKey, type Messages } from '../i18n';
import type { Catalog } from './catalog';
import { changeWordKeys } from './criterion-words';
import type { Requirement } from '../schemas/role';
import type { LocalizedText } from '../schemas/text';

/**
 * What the compare page's widget gets at build time: every level's items and criteria, the role
 * titles its words need, and the words themselves (only those it uses, not the dictionaries).
 */

export interface CompareLevel {
  id: string;
  level: number;
  /** "kontorstjanster/administrator" */
  roleId: string;
  area: string;
  title: LocalizedText;
  tasks: LocalizedText[];
  requirements: Requirement[];
}

export interface CompareData {
  lang: Locale;
  levels: CompareLevel[];
  /** Role titles by "<area>/<role slug>", for "minst 3 år som administratör". */
  roleTitles: Record<string, LocalizedText>;
  words: Partial<Messages>;
}

/** The keys of the words the compare page uses in the browser. */
export const compareWordKeys: ReadonlyArray<MessageKey> = [
  ...changeWordKeys,
  'changeSummaryTasks',
  'changeSummaryRequirements',
  'changeNew',
  'changeDropped',
  'changesTo',
  'changeRewordedOnly',
  'directionRaised',
  'directionLowered',
  'directionChanged',
  'differencesHeading',
  'requirementChangesHeading',
  'tasksSame',
  'requirementsSame',
  'unchangedTasks',
  'unchangedRequirements',
  'markAdded',
  'markRemoved',
  'compareUnknown',
  'compareChooseTwo',
  'compareShowing',
  'compareDiffLead',
  'compareAcrossLead',
  'compareLegendOnly',
  'compareOnlyIn',
  'compareInBoth',
  'compareMissing',
  'compareSameLevel',
  'compareSameRequirements',
];

const countWord = /^count[A-Z]/;

export function compareWidgetData(catalog: Catalog, lang: Locale): CompareData {
  const m = t(lang);
  const keys = [...compareWordKeys, ...(Object.keys(m) as MessageKey[]).filter((key) => countWord.test(key))];
  return {
    lang,
    levels: catalog.levels.map((level) => ({
      id: level.id,
      level: level.level,
      roleId: level.role.id,
      area: level.role.area.slug,
      title: { sv: level.title.sv, en: level.title.en },
      tasks: level.tasks.map(({ sv, en }) => ({ sv, en })),
      requirements: level.requirements.map(({ sv, en, criterion }) => ({ sv, en, criterion })),
    })),
    roleTitles: Object.fromEntries(catalog.roles.map((role) => [role.id, { sv: role.title.sv, en: role.title.en }])),
    words: Object.fromEntries(keys.map((key) => [key, m[key]])),
  };
}
