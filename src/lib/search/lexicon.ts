/**
 * The small word lists the compound splitter needs beyond the site's own words.
 *
 * - `functionWords`: short words that are never a part of a compound here, although they are
 *   words ("med" in "medarbetare", "för" in "försändelser", "över", "inom").
 * - `swedishParts`: words people search for that the pages only use inside compounds
 *   ("ekonom" in "redovisningsekonom", "ärende" in "ärendehanteringssystem"), each with the
 *   inflected forms the pages use, so a part found in its plural ("telefonväxlar") is also
 *   indexed in its base form ("växel"), which is what people type.
 *
 * Keep both short and plain: a word here can make a split happen on every page.
 */

export const functionWords: ReadonlySet<string> = new Set([
  // Swedish
  'alla', 'andra', 'att', 'dem', 'era', 'ni', 'oss', 'sin', 'sina', 'sitt', 'av', 'bland', 'de', 'den', 'det', 'din', 'du', 'efter', 'eller', 'en', 'ett',
  'för', 'från', 'genom', 'har', 'hos', 'hur', 'i', 'in', 'inom', 'inte', 'kan', 'man', 'med', 'mellan',
  'men', 'mot', 'nya', 'och', 'om', 'på', 'sam', 'samt', 'ska', 'som', 'till', 'under', 'upp', 'ut',
  'utan', 'vad', 'var', 'vid', 'åt', 'är', 'över',
  // English
  'and', 'are', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'of', 'on', 'or', 'out',
  'the', 'to', 'up', 'with',
]);

/** Base form first, then the inflected forms that should also lead to it. */
export const swedishParts: ReadonlyArray<readonly [string, ...string[]]> = [
  ['administratör', 'administratörer'],
  ['assistent', 'assistenter'],
  ['avgift', 'avgifter'],
  ['avstämning', 'avstämningar'],
  ['bokning', 'bokningar'],
  ['ekonom', 'ekonomer'],
  ['fråga', 'frågor'],
  ['handling', 'handlingar'],
  ['hantering'],
  ['konferens', 'konferenser'],
  ['lista', 'listor'],
  ['lön', 'löner'],
  ['maskin', 'maskiner'],
  ['möte', 'möten'],
  ['rapport', 'rapporter'],
  ['räkning', 'räkningar'],
  ['reskontra'],
  ['samtal'],
  ['system'],
  ['telefon', 'telefoner'],
  ['upphandling', 'upphandlingar'],
  ['växel', 'växlar', 'växeln', 'växelns'],
  ['ärende', 'ärenden'],
];
