import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderSiteUrl, publicSiteUrl, publicUrl, siteConfigFile } from '../../src/lib/site/deployment';
import { readSiteConfig } from '../../src/lib/site/site-config';
import { root } from '../helpers/paths';

const file = 'content/site.yaml';
const filled = readFileSync(join(root, 'tests/fixtures/site/published.yaml'), 'utf8');

describe('site configuration', () => {
  it('the committed file is the unfilled template: a preview, naming what is missing', () => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(readSiteConfig(file, text, undefined)).toEqual({ kind: 'preview', missing: ['organisation.name', 'contact.email'] });
  });

  it('a filled-in file gives the publisher, a name in both languages', () => {
    const identity = readSiteConfig(file, filled, 'https://kompetens.example.org');
    expect(identity).toEqual({
      kind: 'published',
      publisher: {
        name: { sv: 'Exempelmyndigheten', en: 'The Example Agency' },
        url: 'https://www.exempelmyndigheten.example.org/',
        sourcePublisher: false,
        email: 'webb@exempelmyndigheten.example.org',
        phone: '010-123 45 67',
        form: 'https://www.exempelmyndigheten.example.org/kontakt/',
      },
    });
    const oneName = readSiteConfig(file, 'organisation: { name: Kammarkollegiet, sourcePublisher: true }\ncontact: { email: a@b.se }', undefined);
    expect(oneName.kind === 'published' && oneName.publisher.name).toEqual({ sv: 'Kammarkollegiet', en: 'Kammarkollegiet' });
    expect(oneName.kind === 'published' && oneName.publisher.sourcePublisher).toBe(true);
  });

  it('with SITE_URL set, a missing contact stops the build naming the file and the field', () => {
    const noEmail = 'organisation:\n  name: Exempelmyndigheten\ncontact:\n  email:\n';
    expect(() => readSiteConfig(file, noEmail, 'https://kompetens.example.org')).toThrow(
      /^content\/site\.yaml: contact\.email: expected an e-mail address .*SITE_URL/,
    );
    expect(() => readSiteConfig('x.yaml', '', 'https://kompetens.example.org')).toThrow(/x\.yaml: organisation\.name: .*\nx\.yaml: contact\.email: /);
    // Without SITE_URL the same file is only a preview.
    expect(readSiteConfig(file, noEmail, undefined)).toEqual({ kind: 'preview', missing: ['contact.email'] });
  });

  it('a wrong value is named with its field and what was expected, filled in or not', () => {
    expect(() => readSiteConfig(file, 'contact: { email: not-an-address }', undefined)).toThrow(/content\/site\.yaml: contact\.email: expected an e-mail address/);
    expect(() => readSiteConfig(file, 'organisation: { url: www.x.se }', undefined)).toThrow(/organisation\.url: expected .*https:\/\//);
    expect(() => readSiteConfig(file, 'organisation: { sourcePublisher: yes please }', undefined)).toThrow(/organisation\.sourcePublisher: expected true or false/);
    expect(() => readSiteConfig(file, 'contact: { mail: a@b.se }', undefined)).toThrow(/content\/site\.yaml: contact/);
    expect(() => readSiteConfig(file, 'organisation: [', undefined)).toThrow(/content\/site\.yaml: \(file\): expected YAML/);
  });

  it('reads SITE_URL and SITE_CONFIG, and gives readers an address only when SITE_URL is set', () => {
    expect(publicSiteUrl({})).toBeUndefined();
    expect(publicSiteUrl({ SITE_URL: '  ' })).toBeUndefined();
    expect(publicSiteUrl({ SITE_URL: 'https://a.se' })).toBe('https://a.se');
    expect(siteConfigFile({})).toBe('content/site.yaml');
    expect(siteConfigFile({ SITE_CONFIG: 'x.yaml' })).toBe('x.yaml');
    expect(publicUrl('/en/sok/', {})).toBeUndefined();
    expect(publicUrl('/en/sok/', { SITE_URL: 'https://a.se' })).toBe('https://a.se/en/sok/');
    expect(publicUrl('/sok/', { SITE_URL: 'https://a.se' })).not.toContain(new URL(placeholderSiteUrl).host);
  });
});
