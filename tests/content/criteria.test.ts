/**
 * Every requirement's criterion must say what its Swedish text says. The text is read with a
 * small set of patterns, one per phrase the source uses, and the result compared with the
 * criterion: the same alternatives ("Alternativt, ..."), each with the same single criteria.
 * A new phrasing that no pattern knows fails the test, so it gets looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateCriterion } from '../../src/lib/eligibility/evaluate';
import { explain } from '../../src/lib/eligibility/explain';
import { leaves } from '../../src/lib/criteria/walk';
import { criterion as criterionSchema, type Criterion } from '../../src/schemas/criterion';
import { role as roleSchema } from '../../src/schemas/role';
import { criterionKinds, skillLevels } from '../../src/lib/criteria/vocabulary';
import type { SkillId } from '../../src/schemas/vocabulary';
import { answers, catalog, explainContext } from '../helpers/eligibility';
import { root } from '../helpers/paths';

const requirements = catalog.levels.flatMap((level) =>
  level.requirements.map((requirement, index) => ({ where: `${level.id} requirement ${index + 1}`, level, requirement })),
);

/** A single criterion as a short string, for comparing sets: "experience:3:in-role:administrator". */
function signature(c: Criterion): string {
  switch (c.kind) {
    case 'education':
      return ['education', c.level, c.field ?? '', c.exampleField ?? ''].join(':');
    case 'experience':
      return ['experience', c.years, c.scope, c.role ?? ''].join(':');
    case 'skill':
      return `skill:${c.skill}:${c.level}`;
    case 'law-knowledge':
      return `law-knowledge:${c.level}`;
    case 'driving-licence':
      return `driving-licence:${c.class}`;
    default:
      return c.kind;
  }
}

const numbers: Record<string, number> = { ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6 };

const skillNames: Array<[RegExp, SkillId]> = [
  [/MS Office/, 'ms-office'],
  [/ekonomisystem/, 'finance-system'],
  [/lönesystem/, 'payroll-system'],
  [/HR-system/, 'hr-system'],
  [/dokument- och ärendehanteringssystem/, 'document-management-system'],
  [/analysverktyg/, 'analysis-tools'],
  [/redigeringsverktyg/, 'editing-tools'],
  [/webbpubliceringsverktyg/, 'web-publishing-tools'],
  [/bokföringssystem/, 'bookkeeping-system'],
  [/(?<!\p{L})ärendesystem/u, 'case-management-system'],
  [/engelska/, 'english'],
  [/digital kommunikation/, 'digital-communication'],
];

/** The single criteria one alternative of a requirement's Swedish text asks for. */
function readAlternative(text: string, roleSlugByName: Map<string, string>): string[] {
  const found: string[] = [];
  let rest = text;
  const take = (pattern: RegExp, make: (m: RegExpMatchArray) => string) => {
    const match = rest.match(pattern);
    if (!match) return;
    found.push(make(match));
    rest = rest.replace(match[0], ' ');
  };

  take(/jur kand\., juristexamen eller likvärdig utbildning/, () => 'education:higher:law:');
  take(/registratorsutbildning på högskolenivå eller likvärdig utbildning/, () => 'education:higher:registrar:');
  take(/högskoleutbildning inom ekonomi eller likvärdig utbildning/, () => 'education:higher:economics:');
  take(/högskoleutbildning eller likvärdig utbildning inom aktuellt område/, () => 'education:higher:role-field:');
  take(/högskoleutbildning exempelvis inom media och kommunikation eller likvärdig utbildning/, () => 'education:higher::media-communication');
  take(/högskoleutbildning exempelvis personalvetarprogrammet eller likvärdig utbildning/, () => 'education:higher::human-resources');
  take(/högskoleutbildning eller likvärdig utbildning/, () => 'education:higher::');
  take(/gymnasium eller likvärdig utbildning/, () => 'education:upper-secondary::');
  take(/^(genomgått )?utbildning inom aktuellt område/, () => 'field-training');
  take(/(?:minst )?(\p{L}+) \((\d+)\) års arbetslivserfarenhet (från liknande arbete|som (\p{L}+))/u, (m) => {
    expect(numbers[m[1]!], `number in words and digits agree in "${m[0]}"`).toBe(Number(m[2]));
    if (m[3] === 'från liknande arbete') return `experience:${m[2]}:similar-work:`;
    const slug = roleSlugByName.get(m[4]!);
    expect(slug, `a role called "${m[4]}"`).toBeDefined();
    return `experience:${m[2]}:in-role:${slug}`;
  });
  take(/praktisk erfarenhet av offentlig verksamhet/, () => 'public-sector-experience');
  take(/^(stor )?erfarenhet av att använda datoriserade telefonväxlar och hänvisningssystem/, (m) =>
    `skill:switchboard-systems:${m[1] ? 'extensive-experience' : 'experience'}`,
  );
  take(/^(god )?kännedom om lagar och förordningar/, (m) => `law-knowledge:${m[1] ? 'good-awareness' : 'awareness'}`);
  take(/körkort klass B/, () => 'driving-licence:B');

  const skillPhrase = rest.match(/^\s*(grundkunskaper|goda kunskaper|kunskaper|kunskap) (?:i|om) /);
  if (skillPhrase) {
    const level = { grundkunskaper: 'basic', 'goda kunskaper': 'good', kunskaper: 'knowledge', kunskap: 'knowledge' }[skillPhrase[1]!]!;
    for (const [pattern, skill] of skillNames) {
      if (pattern.test(rest)) found.push(`skill:${skill}:${level}`);
    }
  }
  return found.sort();
}

const roleSlugByName = new Map(catalog.roles.map((role) => [role.title.sv.toLocaleLowerCase('sv'), role.slug]));

describe('criteria say what the requirement texts say', () => {
  it('reads all 25 levels', () => {
    expect(catalog.levels).toHaveLength(25);
    expect(requirements.length).toBeGreaterThan(80);
  });

  for (const { where, requirement } of requirements) {
    it(`${where}: "${requirement.sv}"`, () => {
      const alternatives = requirement.sv.split(/ Alternativt, /);
      const expected = alternatives.map((text) => readAlternative(text, roleSlugByName));
      expected.forEach((found, index) => expect(found.length, `pattern for alternative ${index + 1}`).toBeGreaterThan(0));

      const { criterion } = requirement;
      if (alternatives.length > 1) {
        expect(criterion.kind).toBe('any-of');
        const parts = criterion.kind === 'any-of' ? criterion.of : [];
        expect(parts.map((part) => [...leaves(part)].map(signature).sort())).toEqual(expected);
      } else {
        expect(criterion.kind).not.toBe('any-of');
        expect([...leaves(criterion)].map(signature).sort()).toEqual(expected[0]);
      }
    });
  }

  it('"från liknande arbete" never names a role; "som <roll>" names the role of its own file', () => {
    for (const { level, requirement } of requirements) {
      for (const leaf of leaves(requirement.criterion)) {
        if (leaf.kind !== 'experience') continue;
        if (leaf.scope === 'similar-work') expect(leaf.role).toBeUndefined();
        else expect(leaf.role).toBe(level.role.slug);
      }
    }
  });

  it('a skill is measured on one scale throughout (kunskaper or erfarenhet)', () => {
    const scales = new Map<string, Set<string>>();
    for (const { requirement } of requirements) {
      for (const leaf of leaves(requirement.criterion)) {
        if (leaf.kind !== 'skill') continue;
        const scale = leaf.level.includes('experience') ? 'experience' : 'knowledge';
        scales.set(leaf.skill, (scales.get(leaf.skill) ?? new Set()).add(scale));
      }
    }
    for (const [skill, used] of scales) expect([...used], skill).toHaveLength(1);
  });
});

describe('every criterion is of a known kind, and the self-assessment can evaluate it', () => {
  it('every requirement of every level has a criterion of a known kind', () => {
    for (const { where, requirement } of requirements) {
      expect(requirement.criterion, where).toBeDefined();
      for (const leaf of leaves(requirement.criterion)) {
        expect(criterionKinds, where).toContain(leaf.kind);
      }
    }
  });

  it('each kind is evaluated and explained, never as unknown', () => {
    const seen = new Set<string>();
    const context = explainContext('sv', 'administrator');
    for (const { requirement } of requirements) {
      seen.add(requirement.criterion.kind);
      for (const leaf of leaves(requirement.criterion)) {
        seen.add(leaf.kind);
        const outcome = evaluateCriterion(leaf, answers(), 'administrator');
        expect(typeof outcome.met).toBe('boolean');
        expect(explain(outcome, context).text).not.toBe(context.messages.saUnknownCriterion);
      }
    }
    // The content uses every kind; when it stops using one, this says so.
    expect([...seen].sort()).toEqual([...criterionKinds].sort());
  });

  it('the schema refuses a requirement without a criterion', () => {
    const file = parse(readFileSync(join(root, 'tests', 'fixtures', 'broken', 'missing-criterion.yaml'), 'utf8'));
    const result = roleSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('levels.0.requirements.0.criterion');
  });

  it('the schema refuses an unknown kind, also inside any-of', () => {
    const file = parse(readFileSync(join(root, 'tests', 'fixtures', 'broken', 'unknown-nested-criterion-kind.yaml'), 'utf8'));
    const result = roleSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/kind is one of education, .*any-of/);
    expect(criterionSchema.safeParse({ kind: 'certificate' }).success).toBe(false);
    expect(criterionSchema.safeParse({ kind: 'skill', skill: 'ms-office', level: 'expert' }).success).toBe(false);
    expect(skillLevels).not.toContain('expert');
  });
});
