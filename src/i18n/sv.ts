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

  navCompare: 'Jämför nivåer',
  footerOpenData: 'Öppna data',
  printedFrom: 'Sidans adress: {url}',

  copyButton: 'Kopiera kraven',
  copyHint: 'Rubrik, arbetsuppgifter, kompetenskrav och källa som vanlig text, att klistra in i ett avrop.',
  copyDone: 'Kopierat. Klistra in texten där du vill ha den.',
  copyFailed: 'Det gick inte att kopiera automatiskt. Markera texten nedan och kopiera den (Ctrl+C, eller Cmd+C på Mac).',
  copyTextLabel: 'Text att kopiera',
  copyPageLine: 'Sida: {url}',
  compareWithOther: 'Jämför {level} med en annan nivå',

  educationUpperSecondary: 'Gymnasieutbildning',
  educationHigher: 'Högskoleutbildning',

  compareTitle: 'Jämför två nivåer',
  compareIntro: 'Välj två nivåer, även från olika roller, och se deras arbetsuppgifter och kompetenskrav sida vid sida.',
  compareFirst: 'Första nivån',
  compareSecond: 'Andra nivån',
  compareChoose: 'Välj en nivå',
  compareSubmit: 'Jämför',
  compareNoScript:
    'Jämförelsen visas med hjälp av JavaScript, som inte är igång i din webbläsare. Du kan ändå läsa varje nivå på en egen sida, och se en rolls nivåer sida vid sida på rollens sida.',
  compareNoScriptLink: 'Alla roller och nivåer',
  compareChooseTwo: 'Välj två nivåer för att se dem sida vid sida.',
  compareUnknown: 'Det finns ingen nivå som heter ”{id}”. Välj en nivå i listan.',
  compareShowing: '{a} och {b} sida vid sida',

  openDataTitle: 'Öppna data',
  openDataIntro:
    'Alla roller, nivåer, arbetsuppgifter och kompetenskrav finns som datafiler på svenska och engelska. Använd dem fritt, till exempel i upphandlingsdokument eller i egna system.',
  openDataSetTitle: 'Konsultkompetenser: roller, nivåer, arbetsuppgifter och kompetenskrav',
  openDataLicenceScope:
    'CC0 1.0 gäller sammanställningen: strukturen, id:n, kriterierna och den engelska översättningen. Rollernas svenska text kommer från källan (se source) och omfattas inte av licensen.',
  openDataFilesHeading: 'Filerna',
  openDataFilesCaption: 'Datafiler att ladda ner',
  openDataFile: 'Fil',
  openDataFormat: 'Format',
  openDataContents: 'Innehåll',
  openDataSize: '{size} kB',
  openDataJsonText:
    'Allt innehåll: yrkesområden, roller, nivåer, arbetsuppgifter och kompetenskrav med kriterier, på båda språken, med sidornas adresser och källan.',
  openDataSchemaText: 'Beskriver varje fält i roles.json och vilka värden det kan ha (JSON Schema 2020-12).',
  openDataCsvText: 'En rad per arbetsuppgift eller kompetenskrav, för Excel och andra kalkylprogram.',
  openDataCsvHeading: 'CSV-filen i Excel',
  openDataCsvExcel:
    'Filen är i UTF-8 med en byte order mark (BOM) först, så att Excel visar å, ä och ö rätt. Fälten skiljs åt med semikolon, eftersom svenska Excel använder semikolon som listavgränsare: dubbelklicka på filen så hamnar varje fält i en egen kolumn. Ett fält som innehåller semikolon eller citattecken står inom citattecken.',
  openDataCsvOtherExcel:
    'Har Excel engelska inställningar (komma som listavgränsare)? Öppna då filen med Data > Från text/CSV och välj semikolon som avgränsare.',
  openDataColumnsCaption: 'Kolumnerna i roles.csv',
  openDataColumn: 'Kolumn',
  openDataColId: 'Arbetsuppgiftens eller kravets id, till exempel `kontorstjanster/administrator/1/requirements/2`.',
  openDataColLevelId: 'Nivåns id, till exempel `kontorstjanster/administrator/1`.',
  openDataColArea: 'Yrkesområdets id, till exempel `kontorstjanster`.',
  openDataColRole: 'Rollens id inom yrkesområdet, till exempel `administrator`.',
  openDataColLevel: 'Nivåns nummer. Nivå 1 är den lägsta.',
  openDataColRoleSv: 'Rollens namn på svenska.',
  openDataColRoleEn: 'Rollens namn på engelska.',
  openDataColKind: '`task` för en arbetsuppgift, `requirement` för ett kompetenskrav.',
  openDataColNumber: 'Ordningen bland nivåns arbetsuppgifter eller krav, från 1, som i källan.',
  openDataColSv: 'Texten på svenska, som i källan.',
  openDataColEn: 'Texten på engelska (en översättning).',
  openDataJsonHeading: 'JSON-filen',
  openDataJsonIntro:
    '`roles.json` har yrkesområden, roller och nivåer i lager. Alla texter finns på båda språken, som ett objekt med `sv` och `en`. Adresserna till sidorna finns i `urls`.',
  openDataJsonAreas: 'Yrkesområden: id, namn, beskrivning, källa (`source`, med datumet då texten fördes över och kontrollerades) och roller.',
  openDataJsonRoles: 'Roller: id, namn, en rad om rollen och nivåer.',
  openDataJsonLevels: 'Nivåer: id, nummer, titel, arbetsuppgifter (`tasks`) och kompetenskrav (`requirements`).',
  openDataJsonCriterion:
    'Varje krav har ett kriterium (`criterion`): kravet i en form som ett program kan pröva. `kind` säger vad som krävs, till exempel `education`, `experience` eller `skill`; `all-of` betyder att alla delar krävs, `any-of` att en av dem räcker. Schemat listar alla värden.',
  openDataIds:
    'Id:n bygger på sidornas adresser och på ordningen i källan, och ändras inte så länge källan är densamma.',
  openDataStructured:
    'Varje nivåsida har också strukturerad data enligt schema.org (typen Occupation, i JSON-LD), så att sökmotorer kan läsa arbetsuppgifter och krav.',
  openDataLicenceHeading: 'Licens',
  openDataLicenceText:
    'Det som webbplatsen själv har gjort får du använda fritt enligt {licence}: sammanställningen och filernas struktur, id:n, kriterierna, den engelska översättningen och webbplatsens egna texter. Du behöver inte be om lov eller ange varifrån du har det.',
  openDataSourceText:
    'Rollernas svenska text kommer från ett offentligt dokument från {publisher}: {title}. Licensen ovan gäller inte den texten, och webbplatsen gör inga anspråk på den. Ange {publisher} som källa när du återger den.',
  openDataCheckSource: 'Kontrollera kraven mot den gällande versionen av källan innan du använder dem i ett avrop.',
};
