import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { createRoutes } from '../../src/lib/routes';
import { controlId, formModel, type Field, type Group } from '../../src/lib/eligibility/form-model';
import { eligibilityMessages } from '../../src/lib/eligibility/messages';
import { widgetData } from '../../src/lib/eligibility/page-data';
import { scriptJson } from '../../src/lib/widget/text';
import { parseQuery } from '../../src/lib/eligibility/url';
import { catalog, criteria, questions, roleSlugs } from '../helpers/eligibility';

const fieldsOf = (groups: ReadonlyArray<Group>): Field[] => groups.flatMap((g) => g.items.flatMap((item) => ('fields' in item ? item.fields : [item])));

function model(lang: 'sv' | 'en') {
  const data = widgetData(catalog.roles, lang, eligibilityMessages(t(lang)));
  return formModel({
    questions,
    messages: t(lang),
    lang,
    titles: Object.fromEntries(catalog.roles.map((r) => [r.slug, r.title[lang]])),
    names: Object.fromEntries(data.roles.map((r) => [r.slug, r.name])),
  });
}

const allFields = (lang: 'sv' | 'en') => {
  const { education, needs } = model(lang);
  return fieldsOf([education, ...needs]);
};

describe('the form, from the questions', () => {
  it('asks for jobs first, then education, then what the roles need; a control for every other question', () => {
    const { jobs, education, needs } = model('sv');
    expect(education.legend).toBe('2. Utbildning');
    expect(needs.map((g) => g.legend)).toEqual(['Kunskaper och system', 'Lagar och förordningar', 'Övrigt']);
    // Years come from the jobs: one choice per role, and "similar to" where a requirement counts that.
    expect(jobs.asRole.map((o) => o.value)).toEqual(questions.filter((q) => q.kind === 'in-role').map((q) => `som:${'role' in q ? q.role : ''}`));
    expect(jobs.similar.map((o) => o.value)).toEqual(questions.filter((q) => q.kind === 'similar-work').map((q) => `liknande:${'role' in q ? q.role : ''}`));
    const fields = allFields('sv');
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
    expect(fields).toHaveLength(questions.filter((q) => q.kind !== 'in-role' && q.kind !== 'similar-work').length);
  });

  it('names and values its controls as the URL does, so a filled form parses like an address', () => {
    const fields = allFields('en');
    const query = fields.map((f) => (f.type === 'select' ? `${f.name}=${f.options.at(-1)!.value}` : f.type === 'checkbox' ? `${f.name}=${f.value}` : '')).join('&');
    const parsed = parseQuery(query, questions, roleSlugs);
    expect(parsed.notices).toEqual([]);
    expect(parsed.answers.education).toBe('higher');
    expect(parsed.answers.higherFields).toEqual(['economics', 'law', 'registrar']);
    expect(parsed.answers.skills['switchboard-systems']).toBe('extensive-experience');
    expect(parsed.answers.drivingLicence).toBe(true);
  });

  it('labels in the reader\'s language, with role names inside sentences, and asks about "aktuellt område" plainly', () => {
    const labels = allFields('sv').map((f) => f.label);
    expect(labels).toContain('Utbildning inom området för controller');
    expect(labels).toContain('Utbildning inom det ämne som uppdragen som handläggare gäller');
    expect(model('sv').jobs.similar.map((o) => o.label)).toContain('Liknar arbetet som administratör');
    expect(model('en').jobs.asRole.map((o) => o.label)).toContain('Finance assistant');
    const handlaggare = allFields('sv').find((f) => f.name === 'omrade.handlaggare');
    expect(handlaggare?.hint).toMatch(/myndigheten arbetar med/);
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
