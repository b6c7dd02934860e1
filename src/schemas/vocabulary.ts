/**
 * The criterion vocabulary, once: every kind of criterion, skill, skill level, level and field of
 * education and level of knowledge of the law, each with its rank, the token the self-assessment
 * puts in its address, where it goes (search filter, matrix column, schema.org group) and its
 * words in both languages. Everything else derives from this table: the content schema's enums
 * (criterion.ts), the evaluator's scales, the matrix, JSON-LD, the summaries of changes and the
 * self-assessment's questions and explanations. Adding a skill is adding one entry to `skills`.
 *
 * Plain data without Zod, so that code running in the browser can use it. Lists and lookups
 * derived from it live in src/lib/criteria/vocabulary.ts.
 */

/** "från liknande arbete" (similar-work) or "som <roll>" (in-role). */
export const experienceScopes = ['similar-work', 'in-role'] as const;

/** A word or phrase in both languages. */
export interface Words {
  readonly sv: string;
  readonly en: string;
}

/** The kinds of requirement a reader can filter search results by. */
export const searchKinds = ['education', 'experience', 'public-sector', 'systems-skills', 'languages', 'law', 'driving-licence'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The columns of the requirements matrix, in display order. */
export const matrixColumns = ['education', 'experience', 'msOffice', 'systems', 'english', 'drivingLicence', 'publicSector', 'law'] as const;
export type MatrixColumn = (typeof matrixColumns)[number];

/** The name of each kind of requirement, as the search filter offers it. */
export const searchKindNames = {
  education: { sv: 'Utbildning', en: 'Education' },
  experience: { sv: 'Arbetslivserfarenhet', en: 'Work experience' },
  'public-sector': { sv: 'Erfarenhet av offentlig verksamhet', en: 'Public-sector experience' },
  'systems-skills': { sv: 'System och kunskaper', en: 'Systems and skills' },
  languages: { sv: 'Språk', en: 'Languages' },
  law: { sv: 'Lagar och förordningar', en: 'Laws and ordinances' },
  'driving-licence': { sv: 'Körkort', en: 'Driving licence' },
} as const satisfies Record<SearchKind, Words>;

/** The title of each column of the requirements matrix, as its header and filters show it. */
export const matrixColumnNames = {
  education: { sv: 'Utbildning', en: 'Education' },
  experience: { sv: 'Erfarenhet', en: 'Experience' },
  msOffice: { sv: 'MS Office', en: 'MS Office' },
  systems: { sv: 'System och andra kunskaper', en: 'Systems and other skills' },
  english: { sv: 'Engelska', en: 'English' },
  drivingLicence: { sv: 'Körkort', en: 'Driving licence' },
  publicSector: { sv: 'Offentlig verksamhet', en: 'Public sector' },
  law: { sv: 'Kännedom om lagar', en: 'Familiarity with laws' },
} as const satisfies Record<MatrixColumn, Words>;

/** Where a requirement goes in schema.org's Occupation. */
export type JsonLdGroup = 'education' | 'experience' | 'skills' | 'qualifications';

export interface KindEntry {
  readonly search: SearchKind;
  readonly column: MatrixColumn;
  readonly jsonLd: JsonLdGroup;
  /** What a requirement of this kind is about, as the label of a change ("Erfarenhet"); a skill's is its name. */
  readonly label?: Words;
  /**
   * How a buyer's text names it, in either language, matched against the text in lower case
   * without diacritics (the call-off check).
   */
  readonly reads?: RegExp;
}

export interface SkillEntry {
  /** The skill's name as the source words it, inside a sentence ("goda kunskaper i {name}"). */
  readonly name: Words;
  readonly search: Extract<SearchKind, 'systems-skills' | 'languages'>;
  /** A matrix column of its own; every other skill goes under "systems". */
  readonly column?: MatrixColumn;
  /** Its parameter in the self-assessment's address (ASCII). */
  readonly token: string;
  /** Examples of systems as the requirement texts give them ("exempelvis Agresso, Raindance"). */
  readonly examples?: string;
  /**
   * How a buyer's text names it, in either language, matched against the text in lower case
   * without diacritics; without it, the name in either language.
   */
  readonly reads?: RegExp;
}

export type ScaleId = 'knowledge' | 'experience';

export interface ScaleEntry {
  /** The answer "none" on this scale: "inga kunskaper". */
  readonly none: Words;
  /** A level with a skill: "{level} i {skill}" / "{level} of {skill}". */
  readonly phrase: Words;
}

export interface LevelEntry<S extends string = string> {
  readonly scale: S;
  /** Position on its scale, 1 lowest. */
  readonly rank: number;
  readonly token: string;
  /** The level alone: "goda kunskaper". */
  readonly name: Words;
  /**
   * How a buyer's text names it, in either language, matched against the text in lower case
   * without diacritics (the call-off check).
   */
  readonly reads?: RegExp;
}

export interface EducationEntry {
  readonly rank: number;
  readonly token: string;
  /** Inside a sentence: "gymnasium", "högskoleutbildning". */
  readonly name: Words;
  /** In a matrix cell: "Gymnasium", "Högskola". */
  readonly short: Words;
  /** What a requirement says, and what a candidate has: "gymnasium eller likvärdig utbildning". */
  readonly equivalent: Words;
  /** An option of the self-assessment: "Gymnasium eller likvärdig". */
  readonly option: Words;
  /** schema.org's educationalLevel: "Gymnasieutbildning". */
  readonly credential: Words;
  /**
   * How a buyer's text names it, in either language, matched against the text in lower case
   * without diacritics (the call-off check).
   */
  readonly reads: RegExp;
}

export interface FieldWords {
  /** After an education inside a sentence: "(högskoleutbildning) inom ekonomi". */
  readonly within: Words;
  /** In a matrix cell, in brackets: "Högskola (ekonomi)". */
  readonly short: Words;
}

export interface NamedFieldEntry extends FieldWords {
  readonly token: string;
  /** The education a candidate has: "högskoleutbildning inom ekonomi". */
  readonly degree: Words;
  /** A checkbox of the self-assessment, with what counts. */
  readonly option: Words;
}

export interface LawEntry extends LevelEntry<'law'> {
  /** The level with what it is about: "kännedom om lagar och förordningar på området". */
  readonly long: Words;
}

export interface VocabularyTable {
  readonly kinds: Readonly<Record<string, KindEntry | null>>;
  readonly skills: Readonly<Record<string, SkillEntry>>;
  readonly scales: Readonly<Record<ScaleId, ScaleEntry>>;
  readonly skillLevels: Readonly<Record<string, LevelEntry<ScaleId>>>;
  readonly education: Readonly<Record<string, EducationEntry>>;
  readonly fields: Readonly<Record<string, NamedFieldEntry>>;
  readonly roleField: FieldWords;
  readonly exampleFields: Readonly<Record<string, { readonly example: Words }>>;
  readonly lawNone: Words;
  readonly lawLevels: Readonly<Record<string, LawEntry>>;
}

export const vocabulary = {
  /**
   * Every kind of criterion, single ones first, then the two combinations (null: they take
   * their parts' places). A skill goes where its own entry says.
   */
  kinds: {
    education: {
      search: 'education',
      column: 'education',
      jsonLd: 'education',
      label: { sv: 'Utbildning', en: 'Education' },
      reads: /\butbildning|\beducation\b/,
    },
    'field-training': {
      search: 'education',
      column: 'education',
      jsonLd: 'education',
      label: { sv: 'Utbildning inom området', en: 'Training in the field' },
    },
    experience: {
      search: 'experience',
      column: 'experience',
      jsonLd: 'experience',
      label: { sv: 'Erfarenhet', en: 'Experience' },
      reads: /arbetslivserfarenhet|work experience|erfarenhet (som|fran)|experience (as|from)/,
    },
    'public-sector-experience': {
      search: 'public-sector',
      column: 'publicSector',
      jsonLd: 'experience',
      label: { sv: 'Offentlig verksamhet', en: 'Public sector' },
      reads: /offentlig verksamhet|public[ -]sector/,
    },
    skill: { search: 'systems-skills', column: 'systems', jsonLd: 'skills' },
    'law-knowledge': { search: 'law', column: 'law', jsonLd: 'skills', label: { sv: 'Lagar och förordningar', en: 'Laws and ordinances' } },
    'driving-licence': {
      search: 'driving-licence',
      column: 'drivingLicence',
      jsonLd: 'qualifications',
      label: { sv: 'Körkort', en: 'Driving licence' },
      reads: /korkort|driving licen[cs]e/,
    },
    'all-of': null,
    'any-of': null,
  },

  /** Skills and systems that requirements name, in the order the self-assessment asks them. */
  skills: {
    'ms-office': {
      name: { sv: 'MS Office eller likvärdigt', en: 'MS Office or equivalent' },
      search: 'systems-skills',
      column: 'msOffice',
      token: 'office',
      reads: /\b(ms[ -]?)?office\b/,
    },
    'finance-system': {
      name: { sv: 'ekonomisystem', en: 'financial systems' },
      search: 'systems-skills',
      token: 'ekonomisystem',
      examples: 'Agresso, Raindance',
      reads: /ekonomisystem|financ\w* systems?/,
    },
    'payroll-system': {
      name: { sv: 'lönesystem', en: 'payroll systems' },
      search: 'systems-skills',
      token: 'lonesystem',
      examples: 'Heroma, Agda',
      reads: /lonesystem|payroll systems?/,
    },
    'hr-system': {
      name: { sv: 'HR-system', en: 'HR systems' },
      search: 'systems-skills',
      token: 'hr-system',
      examples: 'Personec, Primula',
      reads: /\bhr[ -]?system/,
    },
    'document-management-system': {
      name: { sv: 'dokument- och ärendehanteringssystem', en: 'document and case management systems' },
      search: 'systems-skills',
      token: 'dokumentsystem',
      examples: 'Public360, W3D3, Visual Arkiv',
      reads: /dokument\S* (och )?arendehanteringssystem|dokumenthanteringssystem|document (and case )?management/,
    },
    'analysis-tools': {
      name: { sv: 'analysverktyg', en: 'analysis tools' },
      search: 'systems-skills',
      token: 'analysverktyg',
      examples: 'QlikView',
      reads: /analysverktyg|analysis tools?/,
    },
    'editing-tools': {
      name: { sv: 'redigeringsverktyg', en: 'editing tools' },
      search: 'systems-skills',
      token: 'redigeringsverktyg',
      examples: 'Indesign, Photoshop',
      reads: /redigeringsverktyg|editing tools?/,
    },
    'web-publishing-tools': {
      name: { sv: 'webbpubliceringsverktyg', en: 'web publishing tools' },
      search: 'systems-skills',
      token: 'webbpublicering',
      examples: 'Episerver, Sitevision',
      reads: /webbpubliceringsverktyg|web publishing/,
    },
    'bookkeeping-system': {
      name: { sv: 'bokföringssystem', en: 'bookkeeping systems' },
      search: 'systems-skills',
      token: 'bokforingssystem',
      examples: 'Agresso, Raindance',
      reads: /bokforingssystem|bookkeeping systems?/,
    },
    'case-management-system': {
      name: { sv: 'ärendesystem', en: 'case management systems' },
      search: 'systems-skills',
      token: 'arendesystem',
      reads: /(?<!hanterings)\barendesystem|(?<!document and )case management systems?/,
    },
    'switchboard-systems': {
      name: { sv: 'datoriserade telefonväxlar och hänvisningssystem', en: 'computerised switchboards and call-referral systems' },
      search: 'systems-skills',
      token: 'telefonvaxlar',
      reads: /telefonvaxl|switchboards?/,
    },
    english: {
      name: { sv: 'engelska i tal och skrift', en: 'spoken and written English' },
      search: 'languages',
      column: 'english',
      token: 'engelska',
      reads: /engelska|\benglish\b/,
    },
    'digital-communication': {
      name: { sv: 'digital kommunikation, sociala medier och varumärkesbyggande', en: 'digital communication, social media and brand building' },
      search: 'systems-skills',
      token: 'digital-kommunikation',
      reads: /digital kommunikation|digital communication/,
    },
  },

  /** The two scales of skill levels: knowledge, and experience of using a system. */
  scales: {
    knowledge: { none: { sv: 'inga kunskaper', en: 'no knowledge' }, phrase: { sv: '{level} i {skill}', en: '{level} of {skill}' } },
    experience: { none: { sv: 'ingen erfarenhet', en: 'no experience' }, phrase: { sv: '{level} av {skill}', en: '{level} of {skill}' } },
  },

  /** "grundkunskaper" < "kunskaper" < "goda kunskaper"; "erfarenhet" < "stor erfarenhet". */
  skillLevels: {
    basic: {
      scale: 'knowledge',
      rank: 1,
      token: 'grundkunskaper',
      name: { sv: 'grundkunskaper', en: 'basic knowledge' },
      reads: /\b(grundkunskap\w*|grundlaggande kunskap\w*|basic knowledge)\b/,
    },
    knowledge: {
      scale: 'knowledge',
      rank: 2,
      token: 'kunskaper',
      name: { sv: 'kunskaper', en: 'knowledge' },
      reads: /\b(kunskap\w*|knowledge)\b/,
    },
    good: {
      scale: 'knowledge',
      rank: 3,
      token: 'goda-kunskaper',
      name: { sv: 'goda kunskaper', en: 'good knowledge' },
      reads: /\b(goda? kunskap\w*|good knowledge|good spoken)\b/,
    },
    experience: {
      scale: 'experience',
      rank: 1,
      token: 'erfarenhet',
      name: { sv: 'erfarenhet', en: 'experience' },
      reads: /\b(erfarenhet av att anvanda|experience of using)\b/,
    },
    'extensive-experience': {
      scale: 'experience',
      rank: 2,
      token: 'stor-erfarenhet',
      name: { sv: 'stor erfarenhet', en: 'extensive experience' },
      reads: /\b(stor erfarenhet|lang erfarenhet|gedigen erfarenhet|extensive experience)\b/,
    },
  },

  /** Levels of education, lowest first: "gymnasium" (upper secondary), "högskola" (higher). */
  education: {
    'upper-secondary': {
      rank: 1,
      token: 'gymnasium',
      name: { sv: 'gymnasium', en: 'upper secondary school' },
      short: { sv: 'Gymnasium', en: 'Upper secondary' },
      equivalent: { sv: 'gymnasium eller likvärdig utbildning', en: 'upper secondary school (gymnasium) or equivalent education' },
      option: { sv: 'Gymnasium eller likvärdig', en: 'Upper secondary school or equivalent' },
      credential: { sv: 'Gymnasieutbildning', en: 'Upper secondary education' },
      reads: /gymnasi|upper secondary|high school/,
    },
    higher: {
      rank: 2,
      token: 'hogskola',
      name: { sv: 'högskoleutbildning', en: 'higher education' },
      short: { sv: 'Högskola', en: 'Higher education' },
      equivalent: { sv: 'högskoleutbildning eller likvärdig utbildning', en: 'higher education or equivalent education' },
      option: { sv: 'Högskola eller likvärdig', en: 'Higher education or equivalent' },
      credential: { sv: 'Högskoleutbildning', en: 'Higher education' },
      reads: /hogskol|universitet|university|higher education|\bdegree\b|examen|\bjur kand/,
    },
  },

  /** Fields of higher education that requirements name: ekonomi, juristexamen, registratorsutbildning. */
  fields: {
    economics: {
      token: 'ekonomi',
      within: { sv: 'inom ekonomi', en: 'in business and economics' },
      short: { sv: 'ekonomi', en: 'business and economics' },
      degree: { sv: 'högskoleutbildning inom ekonomi', en: 'higher education in business and economics' },
      option: {
        sv: 'Ekonomi, till exempel företagsekonomi eller redovisning',
        en: 'Business and economics, for example business administration or accounting',
      },
    },
    law: {
      token: 'juridik',
      within: { sv: 'inom juridik', en: 'in law' },
      short: { sv: 'juristexamen', en: 'law degree' },
      degree: { sv: 'juristexamen eller jur kand.', en: 'a law degree (jur kand. or juristexamen)' },
      option: {
        sv: 'Juristexamen eller jur kand. (inte bara enstaka kurser i juridik)',
        en: 'A law degree (jur kand., juristexamen), not just a few law courses',
      },
    },
    registrar: {
      token: 'registrator',
      within: { sv: 'för registratorer', en: 'for registrars' },
      short: { sv: 'registratorsutbildning', en: 'registrar training' },
      degree: { sv: 'registratorsutbildning på högskolenivå', en: 'registrar training at university level' },
      option: { sv: 'Registratorsutbildning på högskolenivå', en: 'Registrar training at university level' },
    },
  },

  /** "inom aktuellt område": the role's own field. */
  roleField: {
    within: { sv: 'inom aktuellt område', en: 'in the relevant field' },
    short: { sv: 'inom området', en: 'in the field' },
  },

  /** Fields the source gives only as an example ("exempelvis ..."); they do not restrict. */
  exampleFields: {
    'media-communication': { example: { sv: 'exempelvis inom media och kommunikation', en: 'for example in media and communication' } },
    'human-resources': { example: { sv: 'exempelvis personalvetarprogrammet', en: 'for example the human resources programme' } },
  },

  /** "kännedom" < "god kännedom" om lagar och förordningar. */
  lawNone: { sv: 'ingen kännedom', en: 'no familiarity' },
  lawLevels: {
    awareness: {
      scale: 'law',
      rank: 1,
      token: 'kannedom',
      name: { sv: 'kännedom', en: 'familiarity' },
      // Familiarity with something else ("kännedom om verksamheten") is not this.
      reads: /^(?=.*(kannedom|familiarity|awareness))(?=.*(lag|law|forordning|ordinance|regulation))/,
      long: { sv: 'kännedom om lagar och förordningar på området', en: 'familiarity with the laws and ordinances in the field' },
    },
    'good-awareness': {
      scale: 'law',
      rank: 2,
      token: 'god-kannedom',
      name: { sv: 'god kännedom', en: 'good familiarity' },
      reads: /god kannedom|good familiarity|good awareness|good knowledge of (the )?laws?/,
      long: { sv: 'god kännedom om lagar och förordningar på området', en: 'good familiarity with the laws and ordinances in the field' },
    },
  },
} as const satisfies VocabularyTable;

/** The keys of a table, in its order, typed: the lists the schema's enums are built from. */
export function keysOf<T extends object>(table: T): [keyof T & string, ...Array<keyof T & string>] {
  return Object.keys(table) as [keyof T & string, ...Array<keyof T & string>];
}

type Table = typeof vocabulary;
export type CriterionKind = keyof Table['kinds'];
export type EducationLevel = keyof Table['education'];
export type NamedEducationField = keyof Table['fields'];
export type EducationField = NamedEducationField | 'role-field';
export type ExampleField = keyof Table['exampleFields'];
export type SkillId = keyof Table['skills'];
export type SkillLevelId = keyof Table['skillLevels'];
export type SkillScale = ScaleId;
export type LawLevel = keyof Table['lawLevels'];

/**
 * The table with its own keys, each entry seen through its entry type rather than its literal
 * one, so code can read a field an entry may leave out (a kind without a column, say).
 */
export type TableView = {
  readonly [P in keyof VocabularyTable]: VocabularyTable[P] extends Readonly<Record<string, infer Entry>>
    ? Readonly<Record<keyof Table[P], Entry>>
    : VocabularyTable[P];
};
