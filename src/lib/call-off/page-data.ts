import { t, type Locale, type Messages } from '../../i18n';
import { locales } from '../../i18n/locales';
import type { CatalogLevel } from '../catalog';
import { educationLevels, lawLevels, skillLevelName, skillLevels, terms } from '../criteria/vocabulary';
import type { Routes } from '../routes';
import type { AnnexLevel, AnnexSource, AnnexText } from './annex';
import type { CheckWords } from './check-words';

/**
 * What the call-off page hands to its script, built from the catalog at build time: every level
 * with its text in both languages and its address, the source of each area, and the words of
 * the document in both languages (the document's language is chosen apart from the page's).
 */

export interface CallOffLevel extends AnnexLevel {
  /** The area's slug, for its source. */
  readonly area: string;
}

export interface CallOffData {
  readonly levels: ReadonlyArray<CallOffLevel>;
  readonly sources: Readonly<Record<string, AnnexSource>>;
  readonly documentText: Readonly<Record<Locale, AnnexText>>;
}

export function annexText(m: Messages): AnnexText {
  return {
    defaultTitle: m.callOffDocTitle,
    agency: m.callOffAgency,
    reference: m.callOffReference,
    contact: m.callOffContact,
    made: m.callOffDocMade,
    intro: m.callOffDocIntro,
    translationNote: m.callOffDocTranslationNote,
    count: m.callOffDocCount,
    tasksHeading: m.tasksHeading,
    requirementsHeading: m.requirementsHeading,
    specificationsHeading: m.callOffDocSpecificationsHeading,
    specificationsIntro: m.callOffDocSpecificationsIntro,
    mandatory: m.callOffDocMandatory,
    desirable: m.callOffDocDesirable,
    levelPage: m.callOffDocLevelPage,
    sourceHeading: m.callOffDocSourceHeading,
    sourceLine: m.sourceLine,
    undated: m.undated,
  };
}

/** A level as the call-off page and its document need it. */
export function callOffLevel(level: CatalogLevel, routes: Routes, site: string | URL | undefined): CallOffLevel {
  const [area, role] = level.id.split('/') as [string, string];
  // Without a public address (a preview build) the annex names no address rather than a made-up one.
  const url = site
    ? (Object.fromEntries(
        locales.map((lang) => [lang, new URL(routes.level(lang, area, role, level.level), site).href]),
      ) as Record<Locale, string>)
    : undefined;
  return {
    id: level.id,
    area,
    title: { sv: level.title.sv, en: level.title.en },
    path: Object.fromEntries(locales.map((lang) => [lang, routes.level(lang, area, role, level.level)])) as Record<Locale, string>,
    ...(url ? { url } : {}),
    tasks: level.tasks.map(({ sv, en }) => ({ sv, en })),
    requirements: level.requirements.map(({ sv, en, criterion }) => ({ sv, en, criterion })),
  };
}

export function callOffData(
  levels: ReadonlyArray<CatalogLevel>,
  routes: Routes,
  site: string | URL | undefined,
): CallOffData {
  const sources: Record<string, AnnexSource> = {};
  for (const level of levels) {
    const area = level.role.area;
    const { publisher, title, date, transcribed } = area.source;
    sources[area.slug] = date === undefined ? { publisher, title, transcribed } : { publisher, title, date, transcribed };
  }
  return {
    levels: levels.map((level) => callOffLevel(level, routes, site)),
    sources,
    documentText: { sv: annexText(t('sv')), en: annexText(t('en')) },
  };
}

/** The check's words in the page's language. */
export function checkWords(m: Messages, lang: Locale): CheckWords {
  return {
    same: m.callOffSame,
    sameSpelling: m.callOffSameSpelling,
    reworded: m.callOffReworded,
    stricter: m.callOffStricter,
    looser: m.callOffLooser,
    stricterAndLooser: m.callOffStricterAndLooser,
    merged: m.callOffMerged,
    part: m.callOffPart,
    partial: m.callOffPartial,
    notInProfile: m.callOffNotInProfile,
    years: m.callOffFindingYears,
    education: m.callOffFindingEducation,
    level: m.callOffFindingLevel,
    equivalent: m.callOffFindingEquivalent,
    alternative: m.callOffFindingAlternative,
    values: {
      ...Object.fromEntries(educationLevels.map((level) => [level, terms.education[level].name[lang]])),
      ...Object.fromEntries(skillLevels.map((level) => [level, skillLevelName(level, lang)])),
      'very-good': m.callOffVeryGood,
      ...Object.fromEntries(lawLevels.map((level) => [level, terms.lawLevels[level].name[lang]])),
    },
  };
}

/** The texts the page's script puts on screen, in the page's language. */
export interface CallOffMessages {
  readonly alreadyChosen: string;
  readonly added: string;
  readonly removed: string;
  readonly moved: string;
  readonly countError: string;
  readonly spec: string;
  readonly wordMaking: string;
  readonly wordDone: string;
  readonly wordFailed: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly savedBrowser: string;
  readonly deletedBrowser: string;
  readonly storageFailed: string;
  readonly opened: string;
  readonly draftNotJson: string;
  readonly draftWrong: string;
  readonly draftDropped: string;
  readonly noticeUnknown: string;
  readonly noticeRepeated: string;
  readonly noticeCount: string;
  readonly noticeTooMany: string;
  readonly checkEmpty: string;
  readonly checkNoLevel: string;
  readonly checkSummary: string;
  readonly checkSwedish: string;
  readonly checkEnglish: string;
  readonly checkProfileItem: string;
  readonly moveToSpecs: string;
  readonly movedToSpecs: string;
  readonly noneMissing: string;
  readonly onlyProfile: string;
  readonly onlyYours: string;
}

export function callOffMessages(m: Messages): CallOffMessages {
  return {
    alreadyChosen: m.callOffAlreadyChosen,
    added: m.callOffAdded,
    removed: m.callOffRemoved,
    moved: m.callOffMoved,
    countError: m.callOffCountError,
    spec: m.callOffSpec,
    wordMaking: m.callOffWordMaking,
    wordDone: m.callOffWordDone,
    wordFailed: m.callOffWordFailed,
    copied: m.callOffCopied,
    copyFailed: m.callOffCopyFailed,
    savedBrowser: m.callOffSavedBrowser,
    deletedBrowser: m.callOffDeletedBrowser,
    storageFailed: m.callOffStorageFailed,
    opened: m.callOffOpened,
    draftNotJson: m.callOffDraftNotJson,
    draftWrong: m.callOffDraftWrong,
    draftDropped: m.callOffDraftDropped,
    noticeUnknown: m.callOffNoticeUnknown,
    noticeRepeated: m.callOffNoticeRepeated,
    noticeCount: m.callOffNoticeCount,
    noticeTooMany: m.callOffNoticeTooMany,
    checkEmpty: m.callOffCheckEmpty,
    checkNoLevel: m.callOffCheckNoLevel,
    checkSummary: m.callOffCheckSummary,
    checkSwedish: m.callOffCheckSwedish,
    checkEnglish: m.callOffCheckEnglish,
    checkProfileItem: m.callOffCheckProfileItem,
    moveToSpecs: m.callOffMoveToSpecs,
    movedToSpecs: m.callOffMovedToSpecs,
    noneMissing: m.callOffNoneMissing,
    onlyProfile: m.callOffOnlyProfile,
    onlyYours: m.callOffOnlyYours,
  };
}

/** Everything the page's script gets, in one `<WidgetData>`. */
export interface CallOffWidgetData extends CallOffData {
  readonly lang: Locale;
  readonly messages: CallOffMessages;
  readonly checkWords: CheckWords;
}
