import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { titleInSentence } from '../../src/lib/eligibility/data';
import type { Explanation } from '../../src/lib/eligibility/explain';
import { fill } from '../../src/lib/widget/text';
import { eligibilityMessages, isEligibilityMessageKey } from '../../src/lib/eligibility/messages';
import { levelGaps } from '../../src/lib/eligibility/explain';
import type { Criterion } from '../../src/schemas/criterion';
import { answers, explain, explainContext, levelOutcome } from '../helpers/eligibility';

/** An explanation as lines of text, parts indented, for readable expectations. */
function lines(e: Explanation, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const status = e.met ? '+' : '-';
  if (e.text !== undefined) return [`${pad}${status} ${e.text}`];
  return [`${pad}${status} ${e.label}`, ...(e.parts ?? []).flatMap((p) => lines(p, depth + 1))];
}

function requirementLines(id: string, given: ReturnType<typeof answers>, lang: 'sv' | 'en', index: number): string[] {
  const outcome = levelOutcome(id, given).requirements[index];
  if (!outcome) throw new Error(`no requirement ${index} of ${id}`);
  return lines(explain(outcome, explainContext(lang, id.split('/')[1]!)));
}

describe('reasons in the reader\'s language', () => {
  const one = answers({ inRole: { administrator: 1 } });

  it('says in the second person what is missing, in Swedish', () => {
    expect(requirementLines('kontorstjanster/administrator/2', one, 'sv', 1)).toEqual([
      '- Du behöver 2 år till som administratör (3 år krävs, du har 1 år).',
    ]);
    expect(requirementLines('kontorstjanster/vaktmastare/2', answers({ inRole: { vaktmastare: 2 } }), 'sv', 0)).toEqual([
      '- Du behöver 1 år till som vaktmästare (3 år krävs, du har 2 år).',
    ]);
    expect(requirementLines('kontorstjanster/vaktmastare/2', answers({ inRole: { vaktmastare: 2.5 } }), 'sv', 0)).toEqual([
      '- Du behöver 0,5 år till som vaktmästare (3 år krävs, du har 2,5 år).',
    ]);
  });

  it('and in English', () => {
    expect(requirementLines('kontorstjanster/administrator/2', one, 'en', 1)).toEqual(['- You need 2 years more as administrator (3 years required, you have 1 year).']);
    expect(requirementLines('kontorstjanster/administrator/1', one, 'en', 1)).toEqual([
      '+ You have 1 year of similar work, counting work as administrator (1 year required).',
    ]);
  });

  it('says "Inte besvarat" for a question not answered, never "du angav"', () => {
    expect(requirementLines('kontorstjanster/vaktmastare/2', answers(), 'sv', 0)).toEqual(['- Inte besvarat. Det krävs 3 år som vaktmästare.']);
    expect(requirementLines('kontorstjanster/vaktmastare/2', answers(), 'sv', 1)).toEqual(['- Inte besvarat. Det krävs körkort B.']);
    expect(requirementLines('kontorstjanster/administrator/1', answers(), 'en', 0)).toEqual([
      '- Not answered. Required: upper secondary school (gymnasium) or equivalent education.',
    ]);
  });

  it('explains alternatives, each with its number', () => {
    const given = answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 4 } });
    expect(requirementLines('kontorstjanster/ekonomiassistent/2', given, 'sv', 0)).toEqual([
      '- Ett av alternativen räcker:',
      '  - Alternativ 1',
      '    - Inte besvarat. Det krävs högskoleutbildning inom ekonomi.',
      '    + Du har 4 år av liknande arbete, arbete som ekonomiassistent inräknat (3 år krävs).',
      '  - Alternativ 2',
      '    + Du har gymnasium eller likvärdig utbildning.',
      '    - Du behöver 1 år till som ekonomiassistent (5 år krävs, du har 4 år).',
    ]);
  });

  it('words skills, laws, training and yes/no answers', () => {
    const given = answers({ skills: { 'ms-office': 'basic' }, laws: { registrator: 'awareness' } });
    expect(requirementLines('kontorstjanster/registrator/1', given, 'sv', 1)).toEqual([
      '- Det krävs goda kunskaper i MS Office eller likvärdigt. Du har svarat grundkunskaper i MS Office eller likvärdigt.',
    ]);
    expect(requirementLines('kontorstjanster/registrator/1', given, 'en', 3)).toEqual([
      '+ You have familiarity with the laws and ordinances for work as registrar.',
    ]);
    expect(requirementLines('kontorstjanster/controller/1', answers(), 'sv', 1)).toEqual([
      '- Inte besvarat. Det krävs utbildning inom området för controller.',
    ]);
    expect(requirementLines('kontorstjanster/vaktmastare/2', answers({ drivingLicence: true }), 'en', 1)).toEqual([
      '+ You have a driving licence, category B.',
    ]);
    expect(requirementLines('kontorstjanster/vaxeltelefonist/1', answers(), 'sv', 4)).toEqual([
      '- Inte besvarat. Det krävs stor erfarenhet av datoriserade telefonväxlar och hänvisningssystem.',
    ]);
  });
});

describe('what is missing, in one line', () => {
  const gapsOf = (id: string, given: ReturnType<typeof answers>, lang: 'sv' | 'en') =>
    levelGaps(levelOutcome(id, given).requirements, explainContext(lang, id.split('/')[1]!));

  it('names each gap once, in a few words', () => {
    const given = answers({ inRole: { vaktmastare: 2 }, skills: { 'ms-office': 'basic' } });
    expect(gapsOf('kontorstjanster/vaktmastare/2', given, 'sv')).toEqual(['1 år till som vaktmästare', 'körkort B', 'grundkunskaper i ärendesystem']);
    expect(gapsOf('kontorstjanster/vaktmastare/2', given, 'en')).toEqual([
      '1 year more as caretaker',
      'a driving licence, category B',
      'basic knowledge of case management systems',
    ]);
    expect(gapsOf('kontorstjanster/vaktmastare/1', given, 'sv')).toEqual([]);
  });

  it('of alternatives, gives the one nearest to being met', () => {
    // Alternative 1 lacks only the degree; alternative 2 lacks upper secondary school and a year.
    const given = answers({ inRole: { ekonomiassistent: 4 }, skills: { 'ms-office': 'good', 'finance-system': 'good' } });
    expect(gapsOf('kontorstjanster/ekonomiassistent/2', given, 'sv')).toEqual(['högskoleutbildning inom ekonomi']);
    const school = answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 3 }, skills: { 'ms-office': 'good', 'finance-system': 'good' } });
    expect(gapsOf('kontorstjanster/ekonomiassistent/2', school, 'sv')).toEqual(['högskoleutbildning inom ekonomi']);
    const noSchool = answers({ inRole: { ekonomiassistent: 1 }, higherFields: ['law'], skills: { 'ms-office': 'good', 'finance-system': 'good' } });
    expect(gapsOf('kontorstjanster/ekonomiassistent/2', noSchool, 'sv')).toEqual(['4 år till som ekonomiassistent']);
  });
});

describe('words', () => {
  it('shows a given value it has no words for as it is, rather than failing', () => {
    const context = explainContext('sv', 'administrator');
    const odd = (criterion: Criterion, given: string) => explain({ criterion, met: false, given }, context).text;
    expect(odd({ kind: 'education', level: 'higher' }, 'doktorsexamen')).toContain('doktorsexamen');
    expect(odd({ kind: 'law-knowledge', level: 'good-awareness' }, 'expert')).toContain('expert om lagar');
    expect(odd({ kind: 'skill', skill: 'english', level: 'good' }, 'flytande')).toBe(
      'Inte besvarat. Det krävs goda kunskaper i engelska i tal och skrift.',
    );
  });

  it('puts a role title inside a sentence', () => {
    expect(titleInSentence('Administratör', 'sv')).toBe('administratör');
    expect(titleInSentence('Finance assistant', 'en')).toBe('finance assistant');
    expect(titleInSentence('HR-konsult', 'sv')).toBe('HR-konsult');
    expect(titleInSentence('Ärendehandläggare', 'sv')).toBe('ärendehandläggare');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} och {b}', { a: 1, b: 'två' })).toBe('1 och två');
    expect(fill('{a} och {b}', { a: 1 })).toBe('1 och {b}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });

  it('sends the browser only the widget\'s texts, the same keys in both languages', () => {
    const svKeys = Object.keys(eligibilityMessages(sv));
    expect(svKeys.length).toBeGreaterThan(40);
    expect(svKeys.every(isEligibilityMessageKey)).toBe(true);
    expect(Object.keys(eligibilityMessages(en)).sort()).toEqual(svKeys.sort());
    expect(svKeys).not.toContain('siteName');
    expect(isEligibilityMessageKey('saveButton')).toBe(false);
  });
});
