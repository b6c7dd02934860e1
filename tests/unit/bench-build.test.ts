import { describe, expect, it } from 'vitest';
import { buildEnv } from '../bench/measure-build.mjs';
import { measureSearchPrecision } from '../bench/search-precision.mjs';

describe('the benchmark builds as `npm run build` does', () => {
  it('drops an inherited NODE_ENV, so that Astro picks its own mode, and adds the extra variables', () => {
    const env = buildEnv({ PATH: '/bin', NODE_ENV: 'development' }, { CONTENT_DIR: '/tmp/areas' });
    expect(env).toEqual({ PATH: '/bin', CONTENT_DIR: '/tmp/areas' });
    expect('NODE_ENV' in env).toBe(false);
  });

  it('leaves NODE_ENV as it found it after measuring the search precision (Vite sets it while loading)', async () => {
    const before = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      await expect(measureSearchPrecision('/nonexistent-site-dir')).rejects.toThrow();
      expect(process.env.NODE_ENV).toBeUndefined();
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});
