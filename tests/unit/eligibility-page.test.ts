import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { createRoutes } from '../../src/lib/routes';
import { controlId, formModel, type Field, type Group } from '../../src/lib/eligibility/form-model';
import { eligibilityMessages } from '../../src/lib/eligibility/messages';
import { widgetData } from '../../src/lib/eligibility/page-data';
import { scriptJson } from '../../src/lib/widget/text';
import { parseQuery } from '../../src/lib/eligibility/url';
import { catalog, criteria, questions, roleSlugs } from '../helpers/eligibility';

const fieldsOf = (groups: Group[]): Field[] => groups.flatMap((g) => g.items.flatMap((item) => ('fields' in item ? item.fields : [item])));

function model(lang: 'sv' | 'en') {
  const data = widgetData(catalog.roles, lang, eligibilityMessages(t(lang)));
  return formModel({
    questions,
    messages: t(lang),
    titles: Object.fromEntries(catalog.roles.map((r) => [r.slug, r.title[lang]])),
    names: Object.fromEntries(data.roles.map((r) => [r.slug, r.name])),
  });
}

describe('the form, from the questions', () => {
  it('has a control for every question, with unique ids, in the form\'s order of groups', () => {
    const groups = model('sv');
    expect(groups.map((g) => g.legend)).toEqual([
      'Utbildning',
      'Utbildning inom rollens område',
      'Arbetslivserfarenhet',
      'Kunskaper och system',
      'Lagar och förordningar',
      'Övrigt',
    ]);
    const fields = fieldsOf(groups);
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
    expect(fields).toHaveLength(questions.length);
  });

  it('names and values its controls as the URL does, so a filled form parses like an address', () => {
    const fields = fieldsOf(model('en'));
    const query = fields
      .map((f) => (f.type === 'select' ? `${f.name}=${f.options.at(-1)!.value}` : f.type === 'checkbox' ? `${f.name}=${f.value}` : `${f.name}=7`))
      .join('&');
    const parsed = parseQuery(query, questions, roleSlugs);
    expect(parsed.notices).toEqual([]);
    expect(parsed.answers.education).toBe('higher');
    expect(parsed.answers.higherFields).toEqual(['economics', 'law', 'registrar']);
    expect(Object.keys(parsed.answers.inRole)).toHaveLength(16);
    expect(parsed.answers.skills['switchboard-systems']).toBe('extensive-experience');
    expect(parsed.answers.drivingLicence).toBe(true);
  });

  it('labels in the reader\'s language, with role names inside sentences', () => {
    const labels = fieldsOf(model('sv')).map((f) => f.label);
    expect(labels).toContain('År som löneadministratör');
    expect(labels).toContain('Inom området för controller');
    expect(fieldsOf(model('en')).map((f) => f.label)).toContain('Years as finance assistant');
    expect(controlId('som.administrator')).toBe('sa-som-administrator');
  });
});

describe('the data the page hands its script', () => {
  it('holds the criteria with titles in the page\'s language', () => {
    const data = widgetData(catalog.roles, 'en', eligibilityMessages(t('en')));
    expect(data.roles.map(({ slug, levels }) => ({ slug, levels: levels.map(({ id, level, criteria: c }) => ({ id, level, criteria: c })) }))).toEqual(criteria);
    expect(data.roles.find((r) => r.slug === 'ekonomiassistent')?.levels.map((l) => l.title)).toEqual(['Finance assistant 1', 'Finance assistant 2']);
  });

  it('serialises safely inside a script element', () => {
    const json = scriptJson({ text: '</script><script>alert(1)</script>', line: '\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>', line: '\u2028' });
  });

  it('links to the check for a role', () => {
    expect(createRoutes('/').selfAssessment('sv', 'administrator')).toBe('/sjalvskattning/?roll=administrator');
    expect(createRoutes('/sub/').selfAssessment('en')).toBe('/sub/en/sjalvskattning/');
  });
});
