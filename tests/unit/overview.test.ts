import { describe, expect, it } from 'vitest';
import { rolesOverviewHref } from '../../src/lib/overview';
import { createRoutes } from '../../src/lib/routes';

describe('where the overview of all roles is', () => {
  const routes = createRoutes('/sub/');
  it('is the area page when there is one area', () => {
    expect(rolesOverviewHref('sv', { areas: [{ slug: 'kontorstjanster' }] as never }, routes)).toBe('/sub/kontorstjanster/');
    expect(rolesOverviewHref('en', { areas: [{ slug: 'kontorstjanster' }] as never }, routes)).toBe('/sub/en/kontorstjanster/');
  });
  it('is the home page list when there are several', () => {
    expect(rolesOverviewHref('en', { areas: [{ slug: 'a' }, { slug: 'b' }] as never }, routes)).toBe('/sub/en/#roller');
  });
});
