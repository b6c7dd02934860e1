/**
 * Every internal link, image, stylesheet and script points at a file that exists, fragment
 * links point at an id on the page, and the language switch and hreflang links resolve: in
 * dist/, and in dist-base/, the same site built to be served under /kompetenser/.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseBuild, testBase } from '../helpers/base-build';
import { basePath, dist } from '../helpers/paths';
import {
  brokenAssetReferences,
  brokenReferences,
  defaultSite,
  externalLinkTags,
  htmlFiles,
  languageLinkProblems,
  type BuiltSite,
} from '../helpers/site-links';

const builds: Array<{ name: string; get: () => BuiltSite }> = [
  {
    name: 'dist/',
    get: () => {
      if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first');
      return { dir: dist, base: basePath(), site: defaultSite() };
    },
  },
  { name: `dist-base/ (served under ${testBase})`, get: () => ({ ...baseBuild(), site: defaultSite() }) },
];

for (const { name, get } of builds) {
  describe(`links in ${name}`, () => {
    let build: BuiltSite;
    beforeAll(() => {
      build = get();
    });

    it('has pages', () => {
      expect(htmlFiles(build).length).toBeGreaterThan(4);
    });

    it('every internal href and src resolves, inside the base path', () => {
      expect(brokenReferences(build)).toEqual([]);
    });

    it('scripts and stylesheets load their own imports and images from inside the base path', () => {
      expect(brokenAssetReferences(build)).toEqual([]);
    });

    it('no page links to another host', () => {
      expect(externalLinkTags(build)).toEqual([]);
    });

    it('hreflang links go both ways and the language switch points at the same page', () => {
      expect(languageLinkProblems(build)).toEqual([]);
    });
  });
}
