import type { Locale } from '../../i18n/locales';
import type { EligibilityLevel, EligibilityRole } from './data';
import { eligibilityRoles, titleInSentence } from './data';
import type { EligibilityMessages } from './messages';

/**
 * What the self-assessment page hands to its script: the criteria of every level, the role
 * names and level titles the reasons need, and the widget's texts, in the page's language.
 * Built from the catalog at build time; the script derives its questions from the same criteria.
 */

export interface WidgetLevel extends EligibilityLevel {
  /** "Administratör 2", or "Arkivarie" for a role with one level. */
  readonly title: string;
}

export interface WidgetRole extends EligibilityRole {
  /** The role's title inside a sentence: "administratör". */
  readonly name: string;
  readonly levels: ReadonlyArray<WidgetLevel>;
}

export interface WidgetData {
  /** The page's language: the words of the vocabulary are looked up in it. */
  readonly lang: Locale;
  readonly roles: ReadonlyArray<WidgetRole>;
  readonly messages: EligibilityMessages;
}

interface CatalogRoleLike {
  readonly slug: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly levels: ReadonlyArray<{
    readonly id: string;
    readonly level: number;
    readonly title: Readonly<Record<Locale, string>>;
    readonly requirements: ReadonlyArray<{ readonly criterion: EligibilityLevel['criteria'][number] }>;
  }>;
}

export function widgetData(roles: ReadonlyArray<CatalogRoleLike>, lang: Locale, messages: EligibilityMessages): WidgetData {
  const criteria = eligibilityRoles(roles);
  return {
    lang,
    roles: roles.map((role, index) => ({
      slug: role.slug,
      name: titleInSentence(role.title[lang], lang),
      levels: role.levels.map((level, levelIndex) => ({
        ...criteria[index]!.levels[levelIndex]!,
        title: level.title[lang],
      })),
    })),
    messages,
  };
}


