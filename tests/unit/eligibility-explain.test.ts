import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { titleInSentence } from '../../src/lib/eligibility/data';
import type { Explanation } from '../../src/lib/eligibility/explain';
import { fill } from '../../src/lib/widget/text';
import { eligibilityMessages, isEligibilityMessageKey } from '../../src/lib/eligibility/messages';
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

  it('says what is needed and what was given, in Swedish', () => {
    expect(requirementLines('kontorstjanster/administrator/2', one, 'sv', 1)).toEqual([
      '- kräver 3 års erfarenhet som administratör; du angav 1',
    ]);
  });

  it('and in English', () => {
    expect(requirementLines('kontorstjanster/administrator/2', one, 'en', 1)).toEqual(['- needs 3 years as administrator; you gave 1']);
    expect(requirementLines('kontorstjanster/administrator/1', one, 'en', 1)).toEqual([
      '+ needs 1 year of similar work; you gave 1, counting work as administrator and similar work',
    ]);
  });

  it('explains alternatives, each with its number', () => {
    const given = answers({ education: 'upper-secondary', inRole: { ekonomiassistent: 4 } });
    expect(requirementLines('kontorstjanster/ekonomiassistent/2', given, 'sv', 0)).toEqual([
      '- Ett av alternativen räcker:',
      '  - Alternativ 1',
      '    - kräver högskoleutbildning inom ekonomi eller likvärdig utbildning; du svarade nej',
      '    + kräver 3 års erfarenhet från liknande arbete; du angav 4, räknat på arbete som ekonomiassistent och liknande arbete',
      '  - Alternativ 2',
      '    + kräver gymnasium eller likvärdig utbildning; du angav gymnasium',
      '    - kräver 5 års erfarenhet som ekonomiassistent; du angav 4',
    ]);
  });

  it('words skills, laws, training and yes/no answers', () => {
    const given = answers({ skills: { 'ms-office': 'basic' }, laws: { registrator: 'awareness' } });
    expect(requirementLines('kontorstjanster/registrator/1', given, 'sv', 1)).toEqual([
      '- kräver MS Office eller likvärdigt: goda kunskaper; du angav grundkunskaper',
    ]);
    expect(requirementLines('kontorstjanster/registrator/1', given, 'en', 3)).toEqual([
      '+ needs familiarity with the laws and ordinances in the field of registrar; you gave familiarity',
    ]);
    expect(requirementLines('kontorstjanster/controller/1', answers(), 'sv', 1)).toEqual([
      '- kräver utbildning inom området för controller; du angav ingen utbildning inom området',
    ]);
    expect(requirementLines('kontorstjanster/vaktmastare/2', answers({ drivingLicence: true }), 'en', 1)).toEqual([
      '+ needs a driving licence, category B; you answered yes',
    ]);
    expect(requirementLines('kontorstjanster/vaxeltelefonist/1', answers(), 'sv', 4)).toEqual([
      '- kräver datoriserade telefonväxlar och hänvisningssystem: stor erfarenhet; du angav ingen erfarenhet',
    ]);
  });
});

describe('words', () => {
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
