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

  navCompare: 'Compare levels',
  footerOpenData: 'Open data',
  printedFrom: 'Page address: {url}',

  copyButton: 'Copy requirements',
  copyHint: 'Heading, tasks, requirements and source as plain text, to paste into a call-off.',
  copyDone: 'Copied. Paste the text where you need it.',
  copyFailed: 'Copying did not work here. Select the text below and copy it (Ctrl+C, or Cmd+C on a Mac).',
  copyTextLabel: 'Text to copy',
  copyPageLine: 'Page: {url}',
  compareWithOther: 'Compare {level} with another level',

  educationUpperSecondary: 'Upper secondary education',
  educationHigher: 'Higher education',

  compareTitle: 'Compare two levels',
  compareIntro: 'Choose two levels, also from different roles, and see their tasks and requirements side by side.',
  compareFirst: 'First level',
  compareSecond: 'Second level',
  compareChoose: 'Choose a level',
  compareSubmit: 'Compare',
  compareNoScript:
    'The comparison is shown with JavaScript, which is not running in your browser. You can still read each level on its own page, and see the levels of a role side by side on the role’s page.',
  compareNoScriptLink: 'All roles and levels',
  compareChooseTwo: 'Choose two levels to see them side by side.',
  compareUnknown: 'There is no level called “{id}”. Choose a level from the list.',
  compareShowing: '{a} and {b} side by side',

  openDataTitle: 'Open data',
  openDataIntro:
    'All roles, levels, tasks and requirements are available as data files in Swedish and English. Use them freely, for example in procurement documents or in your own systems.',
  openDataSetTitle: 'Consultant competences: roles, levels, tasks and requirements',
  openDataLicenceScope:
    'CC0 1.0 covers the compilation: the structure, the ids, the criteria and the English translation. The Swedish text of the roles comes from the source (see source) and is not covered by the licence.',
  openDataFilesHeading: 'The files',
  openDataFilesCaption: 'Data files to download',
  openDataFile: 'File',
  openDataFormat: 'Format',
  openDataContents: 'Contents',
  openDataSize: '{size} kB',
  openDataJsonText:
    'Everything: occupational areas, roles, levels, tasks and requirements with criteria, in both languages, with the addresses of the pages and the source.',
  openDataSchemaText: 'Describes every field of roles.json and the values it can take (JSON Schema 2020-12).',
  openDataCsvText: 'One row per task or requirement, for Excel and other spreadsheets.',
  openDataCsvHeading: 'The CSV file in Excel',
  openDataCsvExcel:
    'The file is UTF-8 with a byte order mark (BOM) first, so that Excel shows å, ä and ö correctly. Fields are separated by semicolons, because Swedish Excel uses the semicolon as its list separator: double-click the file and each field lands in its own column. A field that holds a semicolon or a quotation mark is put in quotation marks.',
  openDataCsvOtherExcel:
    'Does your Excel use English settings (a comma as list separator)? Then open the file with Data > From Text/CSV and choose semicolon as the delimiter.',
  openDataColumnsCaption: 'The columns of roles.csv',
  openDataColumn: 'Column',
  openDataColId: 'The id of the task or requirement, for example `kontorstjanster/administrator/1/requirements/2`.',
  openDataColLevelId: 'The id of the level, for example `kontorstjanster/administrator/1`.',
  openDataColArea: 'The id of the occupational area, for example `kontorstjanster`.',
  openDataColRole: 'The id of the role within the area, for example `administrator`.',
  openDataColLevel: 'The level’s number. Level 1 is the lowest.',
  openDataColRoleSv: 'The role’s name in Swedish.',
  openDataColRoleEn: 'The role’s name in English.',
  openDataColKind: '`task` for a task, `requirement` for a requirement.',
  openDataColNumber: 'The order among the level’s tasks or requirements, from 1, as in the source.',
  openDataColSv: 'The text in Swedish, as in the source.',
  openDataColEn: 'The text in English (a translation).',
  openDataJsonHeading: 'The JSON file',
  openDataJsonIntro:
    '`roles.json` holds occupational areas, roles and levels in layers. Every text is there in both languages, as an object with `sv` and `en`. The addresses of the pages are in `urls`.',
  openDataJsonAreas: 'Occupational areas: id, name, description, `source` (with the date the text was transcribed and checked) and roles.',
  openDataJsonRoles: 'Roles: id, name, one line on the role, and levels.',
  openDataJsonLevels: 'Levels: id, number, title, `tasks` and `requirements`.',
  openDataJsonCriterion:
    'Every requirement has a `criterion`: the requirement in a form a program can check. `kind` says what is asked, for example `education`, `experience` or `skill`; `all-of` means every part is needed, `any-of` that one of them is enough. The schema lists every value.',
  openDataIds: 'The ids are built from the addresses of the pages and the order in the source, and do not change as long as the source stays the same.',
  openDataStructured:
    'Every level page also carries structured data following schema.org (the type Occupation, in JSON-LD), so that search engines can read its tasks and requirements.',
  openDataLicenceHeading: 'Licence',
  openDataLicenceText:
    'What this site has made itself you may use freely under {licence}: the compilation and the structure of the files, the ids, the criteria, the English translation and the site’s own texts. You need not ask for permission or say where you got it.',
  openDataSourceText:
    'The Swedish text of the roles comes from a public document by {publisher}: {title}. The licence above does not cover that text, and this site claims no rights in it. Name {publisher} as the source when you reproduce it.',
  openDataCheckSource: 'Check the requirements against the current version of the source before you use them in a call-off.',
} satisfies Record<keyof typeof sv, string>;
