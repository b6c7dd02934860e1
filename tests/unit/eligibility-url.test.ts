import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYears } from '../../src/lib/eligibility/answers';
import { MAX_PARAMETERS, paramName, parseQuery, toQuery } from '../../src/lib/eligibility/url';
import { answers, levelOutcome, questions, roleSlugs } from '../helpers/eligibility';

const parse = (search: string) => parseQuery(search, questions, roleSlugs);
const noView = { role: null, onlyMet: false };

describe('answers in the query string', () => {
  it('reads a shared URL', () => {
    const { answers: given, view, notices } = parse('?roll=vaktmastare&utbildning=gymnasium&som.vaktmastare=2&office=grundkunskaper');
    expect(notices).toEqual([]);
    expect(view).toEqual({ role: 'vaktmastare', onlyMet: false });
    expect(given).toEqual(answers({ education: 'upper-secondary', inRole: { vaktmastare: 2 }, skills: { 'ms-office': 'basic' } }));
    expect(levelOutcome('kontorstjanster/vaktmastare/1', given).eligible).toBe(true);
  });

  it('writes every kind of answer and reads it back the same', () => {
    const given = answers({
      education: 'higher',
      higherFields: ['economics', 'registrar'],
      fieldTraining: { controller: 'training', handlaggare: 'higher' },
      inRole: { administrator: 3, registrator: 1 },
      similarWork: { kommunikator: 12 },
      publicSector: true,
      skills: { 'ms-office': 'good', 'switchboard-systems': 'extensive-experience', english: 'knowledge' },
      laws: { arkivarie: 'good-awareness' },
      drivingLicence: true,
    });
    const query = toQuery(given, { role: 'administrator', onlyMet: true }, questions);
    expect(query).toBe(
      'roll=administrator&visa=uppfyllda&utbildning=hogskola&hogskola=ekonomi,registrator&omrade.controller=utbildning' +
        '&omrade.handlaggare=hogskola&som.administrator=3&som.registrator=1&liknande.kommunikator=12&office=goda-kunskaper' +
        '&telefonvaxlar=stor-erfarenhet&engelska=kunskaper&lagar.arkivarie=god-kannedom&offentlig=ja&korkort=ja',
    );
    expect(parse(query)).toEqual({ answers: given, view: { role: 'administrator', onlyMet: true }, notices: [] });
  });

  it('writes nothing for no answers', () => {
    expect(toQuery(answers(), noView, questions)).toBe('');
    expect(parse('')).toEqual({ answers: answers(), view: noView, notices: [] });
  });

  it('leaves out bad years, each with the reason', () => {
    const { answers: given, notices } = parse('som.administrator=-1&som.assistent=2.5&som.jurist=abc&som.controller=61&som.inkopare=1e3&som.arkivarie=60');
    expect(given.inRole).toEqual({ assistent: 2.5, arkivarie: 60 });
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['som.administrator', 'negative'],
      ['som.jurist', 'not-number'],
      ['som.controller', 'too-many'],
      ['som.inkopare', 'not-number'],
    ]);
  });

  it('ignores unknown parameters and values with a notice, and keeps the rest', () => {
    const { answers: given, view, notices } = parse(
      '?utm_source=x&roll=astronaut&utbildning=doktor&office=expert&telefonvaxlar=goda-kunskaper&som.astronaut=3&hogskola=ekonomi,kemi&korkort=kanske&som.assistent=4',
    );
    expect(view).toEqual(noView);
    expect(given).toEqual(answers({ higherFields: ['economics'], inRole: { assistent: 4 } }));
    expect(notices.map((n) => `${n.param}=${n.value}:${n.reason}`)).toEqual([
      'utm_source=x:unknown-parameter',
      'roll=astronaut:unknown-value',
      'utbildning=doktor:unknown-value',
      'office=expert:unknown-value',
      'telefonvaxlar=goda-kunskaper:unknown-value',
      'som.astronaut=3:unknown-parameter',
      'hogskola=kemi:unknown-value',
      'korkort=kanske:unknown-value',
    ]);
  });

  it('does not let a parameter reach the object prototype', () => {
    const { answers: given } = parse('som.__proto__=3&__proto__=x&constructor=1&lagar.constructor=kannedom');
    expect(given).toEqual(answers());
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts upper case, spaces and "nej", and stops reading after too many parameters', () => {
    expect(parse('UTBILDNING=Gymnasium&korkort=nej&office=nej').answers).toEqual(answers({ education: 'upper-secondary' }));
    const many = Array.from({ length: MAX_PARAMETERS + 5 }, (_, i) => `x${i}=1`).join('&');
    const { notices } = parse(many);
    // The notice that the rest was not read comes first, so a page that shows only some still shows it.
    expect(notices[0]?.reason).toBe('too-many-parameters');
    expect(notices).toHaveLength(MAX_PARAMETERS + 1);
  });

  it('reads a repeated parameter once, its last value winning, with a notice', () => {
    const { answers: given, view, notices } = parse(
      'som.administrator=5&som.administrator=1&utbildning=hogskola&utbildning=gymnasium&roll=jurist&roll=administrator&som.assistent=5&som.assistent=&korkort=ja&korkort=nej&hogskola=ekonomi&hogskola=juridik',
    );
    expect(given.inRole).toEqual({ administrator: 1 });
    expect(given.education).toBe('upper-secondary');
    expect(given.drivingLicence).toBe(false);
    expect(given.higherFields).toEqual(['economics', 'law']);
    expect(view.role).toBe('administrator');
    expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual([
      'som.administrator:repeated-parameter',
      'utbildning:repeated-parameter',
      'roll:repeated-parameter',
      'som.assistent:repeated-parameter',
      'korkort:repeated-parameter',
    ]);
  });

  it('reads "ingen" and "nej" as no answer', () => {
    expect(parse('utbildning=ingen&omrade.controller=nej&office=nej&lagar.registrator=nej&offentlig=nej&korkort=nej')).toEqual({
      answers: answers(),
      view: noView,
      notices: [],
    });
  });
});

describe('years as typed', () => {
  it('takes years from 0 to 60, decimals too, and empty as 0', () => {
    expect(parseYears('')).toEqual({ ok: true, value: 0 });
    expect(parseYears('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseYears('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseYears(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(parseYears('60')).toEqual({ ok: true, value: 60 });
  });

  it('says why it refuses the rest', () => {
    expect(parseYears('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parseYears('61')).toEqual({ ok: false, problem: 'too-many' });
    expect(parseYears('999999999999999999999999')).toEqual({ ok: false, problem: 'too-many' });
    expect(parseYears('-0')).toEqual({ ok: true, value: 0 });
    expect(parseYears('007')).toEqual({ ok: true, value: 7 });
    expect(parseYears('−2')).toEqual({ ok: false, problem: 'negative' });
    expect(parseYears('tre')).toEqual({ ok: false, problem: 'not-number' });
    expect(parseYears('NaN')).toEqual({ ok: false, problem: 'not-number' });
    expect(parseYears('Infinity')).toEqual({ ok: false, problem: 'not-number' });
  });
});

describe('the README documents every parameter', () => {
  it('names each one the parser knows', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const documented = new Set(questions.map((q) => ('role' in q ? paramName(q).replace(/\..*$/, '.<roll>') : paramName(q))));
    for (const name of [...documented, 'roll', 'visa']) expect(readme, name).toContain(`\`${name}\``);
  });
});
