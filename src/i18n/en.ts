import type { sv } from './sv';

/** English interface text. Plain English; the same keys as the Swedish dictionary. */
export const en = {
  languageName: 'English',
  siteName: 'Consultant competences',
  siteTagline: 'Roles, levels and requirements in Kammarkollegiet’s framework agreement for consultants',
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
  notFoundText: 'The page you are looking for is not here. It may have moved.',
  notFoundHome: 'Go to the home page',
} satisfies Record<keyof typeof sv, string>;
