import type { sv } from './sv';

/** English interface text. Plain English; the same keys as the Swedish dictionary. */
export const en = {
  languageName: 'English',
  siteName: 'Consultant competences',
  siteTagline: 'Kammarkollegiet’s consultant roles and levels',
  skipToContent: 'Skip to main content',
  mainNavLabel: 'Main menu',
  navRoles: 'Roles',
  breadcrumbsLabel: 'You are here',
  breadcrumbHome: 'Home',

  homeTitle: 'Consultant competences',
  homeIntro:
    'Kammarkollegiet, the Swedish Legal, Financial and Administrative Services Agency, describes which consultant roles public bodies can call off and what a consultant must know at each level. Here you can read the roles, their tasks and their requirements, in Swedish and English.',
  homeAudience:
    'The site is for people who call off consultants, for suppliers who propose consultants, and for consultants who want to know which requirements they meet.',
  homeTasksHeading: 'What you can do here',
  taskReadTitle: 'Read a role',
  taskReadText: 'See the tasks and requirements of every role and level.',
  taskSearchTitle: 'Search the requirements',
  taskSearchText: 'Find a task or a requirement across all roles.',
  taskCheckTitle: 'Check whether a consultant meets the requirements',
  taskCheckText: 'See which levels a consultant meets and what is missing.',
  comingSoon: 'Coming soon.',

  overviewHeading: 'All roles',
  overviewCaption: 'Roles, levels and what each role does',
  overviewRole: 'Role',
  overviewLevels: 'Levels',
  overviewSummary: 'The role in short',
  singleLevel: 'One level',

  areaRolesHeading: 'Roles in {area}',

  levelNumber: 'Level {n}',
  levelsHeading: 'The levels side by side',
  levelsIntro: 'The role has {count} levels. Level 1 is the lowest.',
  singleLevelIntro: 'The role has one level.',
  singleLevelHeading: 'Tasks and requirements',
  openLevel: 'Open {level} on its own page',
  tasksHeading: 'Tasks may include, among other things',
  requirementsHeading: 'Requirements',
  roleLink: 'All levels of {role} side by side',
  relatedHeading: 'More about the role',
  roleLinkSingle: 'About the role {role}',
  levelDescription: '{level}: tasks and requirements.',

  sourceLabel: 'Source',
  sourceLine: 'Source: {publisher}, {title} ({date}). Transcribed and checked {transcribed}.',
  undated: 'undated',
  footerText:
    'The role texts are given as in the source, with spelling corrected. The English text is a translation; where they differ, the Swedish text applies.',

  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for is not here. It may have moved, or the address may be misspelt.',
  notFoundHome: 'Go to the home page',

  notFoundRoles: 'See all roles',

  footerAccessibility: 'Accessibility',

  a11yTitle: 'Accessibility statement',
  a11yDescription:
    'How accessible the site is, which shortcomings we know of, how we tested it and how to report a problem.',
  a11yIntro:
    'We want as many people as possible to be able to use the website {site}. This statement describes how it meets the Swedish law on accessibility of digital public services, which shortcomings we know of, and how you can report problems so that we can fix them.',
  a11yScope: 'The statement covers every page of the site, in Swedish and in English.',
  a11yHowHeading: 'How accessible is the site?',
  a11yHowText:
    'The site is built with plain HTML and CSS. It can be used with a keyboard, in light and dark mode and on screens 320 pixels wide, and the text about roles and levels can be read without JavaScript. Some things still limit its accessibility:',
  a11yGapSource:
    'The source is a document from Kammarkollegiet that exists as a scanned PDF file. A scanned PDF often cannot be read with a screen reader. That is why the whole text about roles and levels is here as plain text, transcribed from the source and checked.',
  a11yGapTranslation: 'The English text is a translation. Where the two differ, the Swedish text applies.',
  a11yGapScript:
    'Search and the self-assessment need JavaScript. Without JavaScript, all content can still be read on the role and level pages.',
  a11yGapReview:
    'Nobody outside the team has reviewed the site, and we have not tested it with screen readers. Automated tests find only some of the problems there may be.',
  a11yReportHeading: 'Report a problem or ask for content in another form',
  a11yReportText:
    'If you cannot use some part of the site, need the content in another form, or find a problem that is not listed here, we want to know.',
  a11yReportIssues: 'Open an issue in the site’s issue tracker: {link}. Say which page it is about and what does not work.',
  a11yReportRepository:
    'The site is maintained in a source code repository. Open an issue there for the people who maintain the site, and say which page it is about and what does not work.',
  a11yReportSource: 'Questions about the requirements themselves go to Kammarkollegiet.',
  a11yEnforcementHeading: 'Enforcement',
  a11yEnforcementText:
    'The Agency for Digital Government (Myndigheten för digital förvaltning, Digg) is responsible for enforcing the law on accessibility of digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them: {link}.',
  a11yTechHeading: 'Technical information about the site’s accessibility',
  a11yStatus:
    'The site is partially compliant with the law on accessibility of digital public services. Automated tests find no failures against WCAG 2.1 level AA on any page. But not every requirement can be tested automatically, and we have not fully reviewed the requirements that need a person’s judgement.',
  a11yNonCompliantHeading: 'Content that is not accessible',
  a11yNonCompliantText:
    'We know of no content on the site that fails the requirements of WCAG 2.1 level AA. The source document is not published here, so this statement does not cover it.',
  a11yTestingHeading: 'How we tested the site',
  a11yTestingIntro: 'We assessed the site ourselves. Every time it is built, every page in both languages is tested automatically:',
  a11yTestAxe: 'The axe tool checks every page against WCAG 2.1 levels A and AA in the Chromium browser, in light and dark colours.',
  a11yTestHtml: 'The code of every page is checked against the HTML standard.',
  a11yTestKeyboard:
    'Keyboard: the first press of Tab must reach the “{skip}” link, and every link and button must clearly show when it has focus.',
  a11yTestReflow: 'No page may need sideways scrolling on a screen 320 pixels wide.',
  a11yTestLinks: 'Every link must work, and every page must be reachable from the home page.',
  a11yAssessed: 'The latest assessment was made on {date}.',
  a11yUpdated: 'This statement was last updated on {date}.',
} satisfies Record<keyof typeof sv, string>;
