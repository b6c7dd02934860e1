/**
 * Which page of dist stands for each page type in the benchmark, per language: the largest
 * HTML file of the type, so the figures are the worst case.
 */

/** Page types by their path without the language prefix, e.g. "kontorstjanster/administrator/2/". */
export const pageTypes = [
  { type: 'home', pattern: /^$/ },
  { type: 'role', pattern: /^[a-z0-9-]+\/[a-z0-9-]+\/$/, inArea: true },
  { type: 'level', pattern: /^[a-z0-9-]+\/[a-z0-9-]+\/\d+\/$/, inArea: true },
  { type: 'comparison', pattern: /^[a-z0-9-]+\/[a-z0-9-]+\/jamfor\/\d+-\d+\/$/, inArea: true },
  { type: 'search', pattern: /^sok\/$/ },
  { type: 'self-assessment', pattern: /^sjalvskattning\/$/ },
  { type: 'call-off', pattern: /^avrop\/$/ },
];

export const languages = [
  { lang: 'sv', prefix: '' },
  { lang: 'en', prefix: 'en/' },
];

/** "en/kontorstjanster/index.html" -> "en/kontorstjanster/" (relative to the base path). */
export const pathOf = (file) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * For each type and language, the largest page (by HTML bytes) among `files`
 * ([{ file, bytes }], paths relative to dist), or undefined when there is none. With `areas`
 * (the area slugs), role, level and comparison pages must lie inside one of them.
 */
export function pickPages(files, areas) {
  const pages = files.filter((f) => f.file.endsWith('index.html')).map((f) => ({ ...f, path: pathOf(f.file) }));
  return pageTypes.flatMap(({ type, pattern, inArea }) =>
    languages.map(({ lang, prefix }) => {
      const candidates = pages.filter((p) => {
        if (prefix === '' && p.path.startsWith('en/')) return false;
        if (prefix !== '' && !p.path.startsWith(prefix)) return false;
        const rest = p.path.slice(prefix.length);
        if (inArea && areas && !areas.includes(rest.split('/')[0])) return false;
        return pattern.test(rest);
      });
      const largest = candidates.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))[0];
      return { type, lang, path: largest?.path, count: candidates.length };
    }),
  );
}
