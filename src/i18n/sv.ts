/**
 * Swedish interface text. Keep it plain (klarspråk): short sentences, everyday words.
 * Placeholders in braces, like {n}, are filled in with `format()`.
 */
export const sv = {
  languageName: 'Svenska',
  siteName: 'Konsultkompetenser',
  siteTagline: 'Kammarkollegiets konsultroller, nivåer och krav',
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
  notFoundText: 'Sidan du söker finns inte här. Den kan ha flyttats, eller så är adressen felstavad.',
  notFoundHome: 'Gå till startsidan',

  notFoundRoles: 'Se alla roller',

  footerAccessibility: 'Tillgänglighet',

  a11yTitle: 'Tillgänglighetsredogörelse',
  a11yDescription:
    'Hur tillgänglig webbplatsen är, vilka brister vi känner till, hur vi har testat den och hur du rapporterar problem.',
  a11yIntro:
    'Vi vill att så många som möjligt ska kunna använda webbplatsen {site}. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan rätta dem.',
  a11yScope: 'Redogörelsen gäller alla sidor på webbplatsen, på svenska och på engelska.',
  a11yHowHeading: 'Hur tillgänglig är webbplatsen?',
  a11yHowText:
    'Webbplatsen är byggd med vanlig HTML och CSS. Den går att använda med tangentbord, i ljust och mörkt läge och på skärmar som är 320 pixlar breda, och texten om roller och nivåer går att läsa utan JavaScript. Några saker begränsar ändå tillgängligheten:',
  a11yGapSource:
    'Källan är ett dokument från Kammarkollegiet som finns som en skannad PDF-fil. En skannad PDF går ofta inte att läsa med skärmläsare. Därför finns hela texten om roller och nivåer här som vanlig text, överförd från källan och kontrollerad.',
  a11yGapTranslation: 'Den engelska texten är en översättning. Vid skillnader gäller den svenska texten.',
  a11yGapScript:
    'Sökningen och självskattningen behöver JavaScript. Utan JavaScript går allt innehåll ändå att läsa på sidorna för roller och nivåer.',
  a11yGapReview:
    'Ingen utomstående har granskat webbplatsen, och vi har inte testat den med skärmläsare. Automatiska tester hittar bara en del av de brister som kan finnas.',
  a11yReportHeading: 'Rapportera brister eller be om innehåll i annan form',
  a11yReportText:
    'Om du inte kan använda någon del av webbplatsen, behöver innehållet i en annan form eller hittar en brist som inte står här, vill vi veta det.',
  a11yReportIssues: 'Skriv ett ärende i webbplatsens ärendelista: {link}. Beskriv vilken sida det gäller och vad som inte fungerar.',
  a11yReportRepository:
    'Webbplatsen förvaltas i ett källkodsförråd. Skriv ett ärende (issue) där till dem som förvaltar webbplatsen, och beskriv vilken sida det gäller och vad som inte fungerar.',
  a11yReportSource: 'Frågor om själva kraven i ramavtalet ställer du till Kammarkollegiet.',
  a11yEnforcementHeading: 'Tillsyn',
  a11yEnforcementText:
    'Myndigheten för digital förvaltning (Digg) har ansvar för tillsynen av lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du kontakta Digg och påtala det: {link}.',
  a11yTechHeading: 'Teknisk information om webbplatsens tillgänglighet',
  a11yStatus:
    'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Automatiska tester hittar inga brister mot WCAG 2.1 nivå AA på någon sida. Men alla krav går inte att testa automatiskt, och de krav som behöver en människas bedömning har vi inte granskat fullt ut.',
  a11yNonCompliantHeading: 'Innehåll som inte är tillgängligt',
  a11yNonCompliantText:
    'Vi känner inte till något innehåll på webbplatsen som bryter mot kraven i WCAG 2.1 nivå AA. Källdokumentet publiceras inte här och omfattas därför inte av redogörelsen.',
  a11yTestingHeading: 'Hur vi har testat webbplatsen',
  a11yTestingIntro: 'Vi har själva bedömt webbplatsen. Varje gång den byggs testas alla sidor på båda språken automatiskt:',
  a11yTestAxe: 'Verktyget axe kontrollerar varje sida mot WCAG 2.1 nivå A och AA i webbläsaren Chromium, med ljusa och mörka färger.',
  a11yTestHtml: 'Koden på varje sida kontrolleras mot HTML-standarden.',
  a11yTestKeyboard:
    'Tangentbord: första tabbtrycket ska nå länken ”{skip}”, och varje länk och knapp ska tydligt visa när den har fokus.',
  a11yTestReflow: 'Ingen sida ska behöva rullas i sidled på en skärm som är 320 pixlar bred.',
  a11yTestLinks: 'Alla länkar ska fungera, och varje sida ska gå att nå från startsidan.',
  a11yAssessed: 'Den senaste bedömningen gjordes {date}.',
  a11yUpdated: 'Redogörelsen uppdaterades senast {date}.',
};
