import { describe, expect, it } from 'vitest';
import { forwardingTarget, refreshContent } from '../../src/lib/site/forwarding';

describe('pages that only forward', () => {
  it('finds where a page forwards at once, as the build writes it and in other spellings', () => {
    const html = (meta: string) => `<!doctype html><html lang="sv"><head>${meta}<title>x</title></head><body></body></html>`;
    expect(forwardingTarget(html(`<meta http-equiv="refresh" content="${refreshContent('/kontorstjanster/arkivarie/1/')}">`))).toBe(
      '/kontorstjanster/arkivarie/1/',
    );
    expect(forwardingTarget(html(`<meta content='0;URL="/a/1/"' http-equiv='Refresh'>`))).toBe('/a/1/');
    expect(forwardingTarget(html('<meta http-equiv=refresh content="0, url=/b/">'))).toBe('/b/');
  });

  it('a page to read, or one that only reloads or waits, does not forward', () => {
    expect(forwardingTarget('<html><head><meta charset="utf-8"><title>x</title></head></html>')).toBeUndefined();
    expect(forwardingTarget('<meta http-equiv="refresh" content="30">')).toBeUndefined();
    expect(forwardingTarget('<meta http-equiv="refresh" content="5; url=/later/">')).toBeUndefined();
    expect(forwardingTarget('<meta name="refresh" content="0; url=/x/">')).toBeUndefined();
  });
});
