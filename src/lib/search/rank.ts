/**
 * The order of level hits on the search page. Pagefind ranks by how often and where the words
 * occur; on top of that:
 *
 * 1. pages whose title is what the reader typed come first ("ekonom" → Redovisningsekonom before
 *    a page that only mentions "ekonomisystem"), then pages whose title begins with it, then pages
 *    whose other names (`aka`, "Kallas även") are it or begin with it, then the rest;
 * 2. the levels of one role stay together, lowest level first, where the role's best hit is.
 *
 * Within a tier Pagefind's order stands.
 */
import { foldWord, isCloseMatch } from './match';

export interface RankableHit {
  readonly url: string;
  readonly meta: { readonly title?: string; readonly aka?: string };
}

/** How well a name fits the typed words: 2 = every word is a word or the last part of one, 1 = every word begins one, 0 = no fit. */
export function nameFit(query: string, name: string): 0 | 1 | 2 {
  const typed = query.split(/\s+/).map(foldWord).filter((word) => word !== '');
  const words = name.split(/[^\p{L}\p{N}]+/u).map(foldWord).filter((word) => word !== '');
  if (typed.length === 0 || words.length === 0) return 0;
  let fit: 0 | 1 | 2 = 2;
  for (const word of typed) {
    if (words.some((w) => w === word || (word.length >= 4 && w.endsWith(word)))) continue;
    if (words.some((w) => isCloseMatch(word, w))) fit = 1;
    else return 0;
  }
  return fit;
}

/** The best fit among a hit's other names, given as one comma-separated meta value. */
function akaFit(query: string, aka: string | undefined): 0 | 1 | 2 {
  if (!aka) return 0;
  return Math.max(0, ...aka.split(',').map((name) => nameFit(query, name))) as 0 | 1 | 2;
}

/** Tier of a hit: 4 title is it, 3 title begins with it, 2 another name is it, 1 another name begins with it, 0 neither. */
export function tier(query: string, hit: RankableHit): number {
  const title = nameFit(query, hit.meta.title ?? '');
  if (title > 0) return title + 2;
  return akaFit(query, hit.meta.aka);
}

/** A level page's role (its address without the level) and level number, from its address. */
export function levelOf(url: string): { role: string; level: number } {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const cut = path.lastIndexOf('/');
  const level = Number(path.slice(cut + 1));
  return Number.isInteger(level) ? { role: path.slice(0, cut), level } : { role: path, level: 0 };
}

/** Level hits in the site's order (see above). */
export function rankHits<T extends RankableHit>(query: string, hits: readonly T[]): T[] {
  const scored = hits.map((hit, index) => ({ hit, index, tier: query === '' ? 0 : tier(query, hit), ...levelOf(hit.url) }));
  scored.sort((a, b) => b.tier - a.tier || a.index - b.index);
  const roles = new Map<string, typeof scored>();
  for (const entry of scored) {
    const group = roles.get(entry.role);
    if (group) group.push(entry);
    else roles.set(entry.role, [entry]);
  }
  return [...roles.values()].flatMap((group) => group.sort((a, b) => a.level - b.level).map((entry) => entry.hit));
}
