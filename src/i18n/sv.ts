/**
 * Swedish interface text. Keep it plain (klarspråk): short sentences, everyday words.
 * Placeholders in braces, like {n}, are filled in with `format()`.
 */
export const sv = {
  languageName: 'Svenska',
  siteName: 'Konsultkompetenser',
  siteTagline: 'Roller, nivåer och krav i Kammarkollegiets ramavtal för konsulttjänster',
  skipToContent: 'Hoppa till innehållet',
  mainNavLabel: 'Huvudmeny',
  navRoles: 'Roller',
  breadcrumbsLabel: 'Du är här',
  breadcrumbHome: 'Start',

  homeTitle: 'Konsultkompetenser',
  homeIntro:
    'Kammarkollegiet beskriver vilka konsultroller som går att avropa och vad en konsult ska kunna på varje nivå. Här kan du läsa rollerna, deras arbetsuppgifter och kompetenskrav, på svenska och engelska.',
  homeAudience:
    'Webbplatsen är till för dig som avropar konsulter, för leverantörer som föreslår konsulter och för konsulter som vill veta vilka krav de uppfyller.',
  homeTasksHeading: 'Det här kan du göra',
  taskReadTitle: 'Läsa en roll',
  taskReadText: 'Se arbetsuppgifter och kompetenskrav för varje roll och nivå.',
  taskSearchTitle: 'Söka i kraven',
  taskSearchText: 'Hitta en arbetsuppgift eller ett krav i alla roller.',
  taskCheckTitle: 'Pröva om en konsult uppfyller kraven',
  taskCheckText: 'Se vilka nivåer en konsult uppfyller och vad som saknas.',
  comingSoon: 'Kommer snart.',

  overviewHeading: 'Alla roller',
  overviewCaption: 'Roller, nivåer och vad rollen gör',
  overviewRole: 'Roll',
  overviewLevels: 'Nivåer',
  overviewSummary: 'Kort om rollen',
  singleLevel: 'En nivå',

  areaRolesHeading: 'Roller inom {area}',

  levelNumber: 'Nivå {n}',
  levelsHeading: 'Nivåerna sida vid sida',
  levelsIntro: 'Rollen har {count} nivåer. Nivå 1 är den lägsta.',
  singleLevelIntro: 'Rollen har en nivå.',
  singleLevelHeading: 'Arbetsuppgifter och krav',
  openLevel: 'Öppna {level} på en egen sida',
  tasksHeading: 'Arbetsuppgifter kan bland annat avse',
  requirementsHeading: 'Kompetenskrav',
  roleLink: 'Alla nivåer för {role} sida vid sida',
  relatedHeading: 'Mer om rollen',
  roleLinkSingle: 'Om rollen {role}',
  levelDescription: '{level}: arbetsuppgifter och kompetenskrav.',

  sourceLabel: 'Källa',
  sourceLine: 'Källa: {publisher}, {title} ({date}). Överförd och kontrollerad {transcribed}.',
  undated: 'odaterad',
  footerText:
    'Rollernas text återges som i källan, med rättad stavning. Den engelska texten är en översättning; vid skillnader gäller den svenska.',

  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Sidan du söker finns inte här. Den kan ha flyttats.',
  notFoundHome: 'Gå till startsidan',
};
