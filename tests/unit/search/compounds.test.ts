import { describe, expect, it } from 'vitest';
import { compoundSplitter, indexWords, swedishPartWords } from '../../../src/lib/search/compounds';

/** Words as the site's pages have them, plus the small Swedish part list. */
const known = [
  ...swedishPartWords,
  'upphandling', 'ärenden', 'telefon', 'växlar', 'redovisning', 'ekonomi', 'bokföring', 'huvud', 'kund',
  'leverantör', 'kassa', 'bank', 'bokslut', 'arbete', 'årsbokslut', 'budget', 'uppföljning', 'kontor',
  'service', 'intern', 'kalender', 'reseplanering', 'resa', 'planering', 'projekt', 'post', 'öppning',
  'dokument', 'högskola', 'utbildning', 'personal', 'handbok', 'hand', 'bok', 'arbetsmiljö', 'frågor',
  'rehabilitering', 'anställning', 'anställningar', 'semester', 'ledighet', 'frånvaro', 'tid', 'register',
  'avtal', 'fastighet', 'ägaren', 'skötaren', 'kopiering', 'varumärke', 'byggande', 'information',
  'material', 'kommunikation', 'insatser', 'tal', 'skrift', 'direkt', 'inköp', 'kontroll', 'fakturor',
  'lager', 'hållning', 'kurs', 'jurist', 'examen', 'registrator', 'arkiv', 'registrering',
  // Short words that would make wrong splits if they counted ("rapport" + "era")
  'kon', 'era', 'med', 'för',
  // English
  'switch', 'board', 'book', 'keeping', 'web', 'site', 'work', 'place', 'staff', 'handbook',
];

const sv = compoundSplitter(known, { linking: ['s', 'e'] });
const en = compoundSplitter(known);

describe('splitting Swedish compounds', () => {
  it.each([
    ['upphandlingsärenden', ['upphandling', 'ärenden']],
    ['telefonväxlar', ['telefon', 'växlar']],
    ['redovisningsekonom', ['redovisning', 'ekonom']],
    ['huvudbokföring', ['huvud', 'bokföring']],
    ['kundreskontra', ['kund', 'reskontra']],
    ['leverantörsreskontra', ['leverantör', 'reskontra']],
    ['kassaavstämningar', ['kassa', 'avstämningar']],
    ['bankavstämningar', ['bank', 'avstämningar']],
    ['bokslutsarbete', ['bokslut', 'arbete']],
    ['budgetuppföljning', ['budget', 'uppföljning']],
    ['kontorsservice', ['kontor', 'service']],
    ['internservice', ['intern', 'service']],
    ['kalenderbokningar', ['kalender', 'bokningar']],
    ['mötesbokningar', ['möte', 'bokningar']],
    ['projektplanering', ['projekt', 'planering']],
    ['postöppning', ['post', 'öppning']],
    ['lönesystem', ['lön', 'system']],
    ['lönelistor', ['lön', 'listor']],
    ['högskoleutbildning', ['högskola', 'utbildning']],
    ['personalhandbok', ['personal', 'handbok']],
    ['arbetsmiljöfrågor', ['arbetsmiljö', 'frågor']],
    ['rehabiliteringsfrågor', ['rehabilitering', 'frågor']],
    ['anställningsärenden', ['anställning', 'ärenden']],
    ['semesterledighet', ['semester', 'ledighet']],
    ['frånvarorapporter', ['frånvaro', 'rapporter']],
    ['avtalsregister', ['avtal', 'register']],
    ['fastighetsägaren', ['fastighet', 'ägaren']],
    ['kopieringsmaskiner', ['kopiering', 'maskiner']],
    ['varumärkesbyggande', ['varumärke', 'byggande']],
    ['informationsmaterial', ['information', 'material']],
    ['kommunikationsinsatser', ['kommunikation', 'insatser']],
    ['direktupphandlingar', ['direkt', 'upphandlingar']],
    ['ärendehanteringssystem', ['ärende', 'hantering', 'system']],
    ['telefonkonferenser', ['telefon', 'konferenser']],
    ['juristexamen', ['jurist', 'examen']],
    ['registratorsutbildning', ['registrator', 'utbildning']],
    ['lagerhållning', ['lager', 'hållning']],
  ])('%s → %j', (word, parts) => {
    expect(sv(word)).toEqual(parts);
  });

  it('ignores case and keeps diacritics in the parts', () => {
    expect(sv('Telefonväxlar')).toEqual(['telefon', 'växlar']);
    expect(sv('KALENDERBOKNINGAR')).toEqual(['kalender', 'bokningar']);
    // "år" is shorter than a part may be
    expect(sv('årsbokslut')).toBeUndefined();
  });
});

describe('words that are not split', () => {
  it.each([
    // Every part must be a known word
    'kontorist', // kontor + ist: "ist" is no word
    'registrator',
    'arkivarie',
    'bokföring',
    'handläggare',
    'controller',
    'statistik',
    'rapportera',
    // Function words are never parts
    'medarbetare',
    'försändelser',
    'översättning',
    'inomhus',
    // Too short, or not letters
    'lön',
    'post',
    'w3d3',
    'public360',
    'hr-system',
  ])('%s stays whole', (word) => {
    expect(sv(word)).toBeUndefined();
  });
});

describe('English', () => {
  it('splits where both parts are words, with no linking letters', () => {
    expect(en('switchboard')).toEqual(['switch', 'board']);
    expect(en('bookkeeping')).toEqual(['book', 'keeping']);
    expect(en('website')).toEqual(['web', 'site']);
    expect(en('workplace')).toEqual(['work', 'place']);
    expect(en('handbooks')).toBeUndefined();
    expect(en('bookskeeping')).toBeUndefined();
  });
});

describe('the words a compound adds to the index', () => {
  it('adds the parts, the base form of an inflected part and the compound in base form', () => {
    expect(indexWords('telefonväxlar', sv)).toEqual(['telefon', 'växlar', 'växel', 'telefonväxel']);
    expect(indexWords('upphandlingsärenden', sv)).toEqual(['upphandling', 'ärenden', 'ärende', 'upphandlingsärende']);
    expect(indexWords('lönelistor', sv)).toEqual(['lön', 'listor', 'lista', 'lönelista']);
  });

  it('adds nothing for a word that is not a compound', () => {
    expect(indexWords('kontorist', sv)).toEqual([]);
    expect(indexWords('växel', sv)).toEqual([]);
  });
});
