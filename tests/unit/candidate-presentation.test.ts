/**
 * The candidate presentation for Ekonomiassistent 2: every requirement in the profile's own
 * words with its evidence, in the data, in the Word file read back with mammoth, and in what
 * LibreOffice makes of that file (converted to PDF, read with pdftotext).
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { emptyJob } from '../../src/lib/candidate/jobs';
import { dayNumber } from '../../src/lib/candidate/periods';
import { evidence, presentation, type PresentationInput } from '../../src/lib/candidate/presentation';
import { presentationDocument } from '../../src/lib/candidate/presentation-document';
import { emptyProfile } from '../../src/lib/candidate/profile';
import { docxBytes } from '../../src/lib/documents/docx';
import { documentText } from '../../src/lib/documents/text';
import type { Answers } from '../../src/lib/eligibility/answers';
import { eligibilityMessages } from '../../src/lib/eligibility/messages';
import type { Criterion } from '../../src/schemas/criterion';
import { docxToPdfText, foldSpace, readDocx } from '../helpers/documents';
import { answers, catalog, explainContext } from '../helpers/eligibility';

const level = catalog.levels.find((l) => l.id === 'kontorstjanster/ekonomiassistent/2')!;
const profile = {
  ...emptyProfile(),
  name: 'Anna Svensson',
  supplier: 'Bemanning AB',
  education: 'Ekonomprogrammet, Lunds universitet 2015',
  evidence: { 'ms-office': 'Excel och Word dagligen, Skatteverket', 'finance-system': 'Agresso, Skatteverket 2019–2023' },
  jobs: [
    { ...emptyJob(), role: 'ekonomiassistent', employer: 'Skatteverket', from: '2019-01', to: '2021-12' },
    { ...emptyJob(), role: 'ekonomiassistent', kind: 'similar' as const, employer: 'Region Skåne', from: '2021-06', to: '2023-06' },
  ],
};

function input(lang: 'sv' | 'en'): PresentationInput {
  const name = (slug: string) => explainContext(lang, slug).role;
  return {
    messages: eligibilityMessages(t(lang)),
    lang,
    level: {
      id: level.id,
      level: level.level,
      title: level.title[lang],
      role: 'ekonomiassistent',
      criteria: level.requirements.map((r) => r.criterion),
      requirements: level.requirements.map((r) => r[lang]),
      ...(lang === 'en' ? { sourceRequirements: level.requirements.map((r) => r.sv) } : {}),
    },
    answers: answers({
      education: 'higher',
      higherFields: ['economics'],
      inRole: { ekonomiassistent: 3 },
      similarWork: { ekonomiassistent: 1.5 },
      skills: { 'ms-office': 'good', 'finance-system': 'good' },
    }),
    profile,
    roleTitle: (slug) => catalog.roles.find((r) => r.slug === slug)!.title[lang],
    roleName: name,
    source: 'Kammarkollegiet, Konsultkompetenser yrkesområde Kontorstjänster (odaterad)',
    today: dayNumber(2026, 11, 30),
  };
}

describe('the candidate presentation', () => {
  const presented = presentation(input('sv'));

  it('gives every requirement in the source\'s words, met, with its evidence', () => {
    expect(presented.title).toBe('Kandidatpresentation – Ekonomiassistent 2');
    expect(presented.meta.map((line) => `${line.label}: ${line.value}`)).toEqual([
      'Kandidat: Anna Svensson',
      'Leverantör: Bemanning AB',
      'Roll och nivå: Ekonomiassistent 2',
      'Datum: 2026-11-30',
    ]);
    expect(presented.eligible).toBe(true);
    expect(presented.requirements.map((r) => r.text)).toEqual(level.requirements.map((r) => r.sv));
    expect(presented.requirements.every((r) => r.met && r.verdict === 'Uppfyllt.')).toBe(true);
    const [experience, office, finance] = presented.requirements;
    expect(experience!.evidence).toEqual([
      'Högskoleutbildning inom ekonomi',
      'Ekonomprogrammet, Lunds universitet 2015',
      'Ekonomiassistent, Skatteverket, 2019-01 – 2021-12 (3 år)',
      'Arbete som liknar arbetet som ekonomiassistent, Region Skåne, 2021-06 – 2023-06 (2,1 år)',
      'Sammanlagt 4,5 år av liknande arbete, arbete som ekonomiassistent inräknat.',
      'Högskoleutbildning eller likvärdig utbildning',
      'Sammanlagt 3 år som ekonomiassistent, överlappande tid räknad en gång.',
    ]);
    expect(office!.evidence).toEqual(['MS Office eller likvärdigt: goda kunskaper', 'Använt: Excel och Word dagligen, Skatteverket']);
    expect(finance!.evidence).toEqual(['Ekonomisystem: goda kunskaper', 'Använt: Agresso, Skatteverket 2019–2023']);
    expect(presented.sourceLine).toContain('Kammarkollegiet, Konsultkompetenser yrkesområde Kontorstjänster (odaterad)');
  });

  it('says what is missing when a requirement is not met', () => {
    const less = presentation({ ...input('sv'), answers: answers({ inRole: { ekonomiassistent: 3 }, skills: { 'ms-office': 'basic' } }) });
    expect(less.eligible).toBe(false);
    expect(less.requirements[1]!.verdict).toBe('Inte uppfyllt. Saknas: goda kunskaper i MS Office eller likvärdigt.');
    // Where a system was used still shows, though no level was given for it.
    expect(less.requirements[2]!.evidence).toEqual(['Använt: Agresso, Skatteverket 2019–2023']);
    const bare = presentation({ ...input('sv'), answers: answers(), profile: emptyProfile() });
    expect(bare.requirements[1]!.evidence).toEqual(['Inga uppgifter lämnade.']);
  });

  it('gives the evidence of training in the field, the law, public-sector work and a licence in the vocabulary’s words', () => {
    const evidenceOf = (criterion: Criterion, given: Partial<Answers>, lang: 'sv' | 'en' = 'sv') =>
      presentation({
        ...input(lang),
        level: { ...input(lang).level, criteria: [criterion], requirements: ['x'] },
        answers: answers(given),
        profile: emptyProfile(),
      }).requirements[0]!.evidence;
    expect(evidenceOf({ kind: 'field-training' }, { fieldTraining: { ekonomiassistent: 'training' } })).toEqual([
      'Utbildning inom området för ekonomiassistent',
    ]);
    expect(evidenceOf({ kind: 'law-knowledge', level: 'awareness' }, { laws: { ekonomiassistent: 'good-awareness' } }, 'en')).toEqual([
      'good familiarity with the laws and ordinances for work as finance assistant',
    ]);
    expect(evidenceOf({ kind: 'public-sector-experience' }, { publicSector: true })).toEqual(['Praktisk erfarenhet av offentlig verksamhet']);
    expect(evidenceOf({ kind: 'driving-licence', class: 'B' }, { drivingLicence: true })).toEqual(['Körkort B']);
    expect(evidenceOf({ kind: 'education', level: 'upper-secondary' }, { higherFields: ['law'] })).toEqual([
      'Högskoleutbildning eller likvärdig utbildning',
    ]);
  });

  it('in English keeps the Swedish text, which applies', () => {
    const english = presentation(input('en'));
    expect(english.requirements[0]!.source).toBe(`The source’s text, which applies: ${level.requirements[0]!.sv}`);
  });

  it('as a Word file: every requirement verbatim with its evidence, read back with mammoth and LibreOffice', { timeout: 240_000 }, async () => {
    const model = presentationDocument(presented, 'sv-SE');
    const bytes = await docxBytes(model);
    const { text, html } = await readDocx(bytes);
    const folded = foldSpace(text);
    expect(html).toContain('<h1 class="title">Kandidatpresentation – Ekonomiassistent 2</h1>');
    for (const requirement of presented.requirements) {
      expect(folded).toContain(foldSpace(requirement.text));
      for (const line of requirement.evidence) expect(folded).toContain(foldSpace(line));
    }
    expect(foldSpace(documentText(model))).toContain(foldSpace(level.requirements[0]!.sv));
    const { presentation: pdf } = await docxToPdfText({ presentation: bytes });
    const pdfText = foldSpace(pdf!);
    for (const requirement of presented.requirements) {
      expect(pdfText).toContain(foldSpace(requirement.text));
      for (const line of requirement.evidence) expect(pdfText).toContain(foldSpace(line));
    }
    expect(pdfText).toContain('Anna Svensson');
  });
});

describe('the evidence for each kind of criterion', () => {
  const base = input('sv');
  const withAnswers = (parts: Parameters<typeof answers>[0], profileParts: Partial<ReturnType<typeof emptyProfile>> = {}) => ({
    ...base,
    answers: answers(parts),
    profile: { ...emptyProfile(), ...profileParts },
  });

  it('names a field of education only when the candidate has it, and the school in their words', () => {
    const criterion = { kind: 'education', level: 'higher', field: 'economics' } as const;
    expect(evidence(criterion, withAnswers({ education: 'higher', higherFields: ['economics'] }, { education: 'Lunds universitet' }))).toEqual([
      'Högskoleutbildning inom ekonomi',
      'Lunds universitet',
    ]);
    expect(evidence(criterion, withAnswers({ education: 'higher' }))).toEqual([]);
  });

  it('gives training in the role\'s field, or says nothing without it', () => {
    const criterion = { kind: 'field-training' } as const;
    const lines = evidence(criterion, withAnswers({ fieldTraining: { ekonomiassistent: 'training' } }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^[A-ZÅÄÖ]/);
    expect(evidence(criterion, withAnswers({}))).toEqual([]);
  });

  it('gives the education level, and none for no answer', () => {
    const criterion = { kind: 'education', level: 'upper-secondary' } as const;
    expect(evidence(criterion, withAnswers({ education: 'upper-secondary' }))).toEqual(['Gymnasium eller likvärdig utbildning']);
    expect(evidence(criterion, withAnswers({}))).toEqual([]);
  });

  it('gives knowledge of laws, public-sector experience and a licence only when answered yes', () => {
    const law = { kind: 'law-knowledge', level: 'good-awareness' } as const;
    expect(evidence(law, withAnswers({ laws: { ekonomiassistent: 'good-awareness' } }))[0]).toMatch(/god kännedom/);
    expect(evidence(law, withAnswers({ laws: { ekonomiassistent: 'awareness' } }))[0]).toMatch(/kännedom/);
    expect(evidence(law, withAnswers({}))).toEqual([]);
    const sector = { kind: 'public-sector-experience' } as const;
    expect(evidence(sector, withAnswers({ publicSector: true }))).toHaveLength(1);
    expect(evidence(sector, withAnswers({}))).toEqual([]);
    const licence = { kind: 'driving-licence', class: 'B' } as const;
    expect(evidence(licence, withAnswers({ drivingLicence: true }))[0]).toMatch(/^Körkort/);
    expect(evidence(licence, withAnswers({}))).toEqual([]);
  });

  it('lists each line once when alternatives ask the same thing', () => {
    const skill = { kind: 'skill', skill: 'ms-office', level: 'good' } as const;
    const twice = { kind: 'any-of', of: [skill, { kind: 'all-of', of: [skill, skill] }] } as const;
    const lines = evidence(twice as never, withAnswers({ skills: { 'ms-office': 'good' } }, { evidence: { 'ms-office': 'Excel' } }));
    expect(lines).toEqual(['MS Office eller likvärdigt: goda kunskaper', 'Använt: Excel']);
  });
});
