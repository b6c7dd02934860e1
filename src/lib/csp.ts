/**
 * The Content-Security-Policy of every page. Astro adds the hashes of its own bundled scripts
 * and styles to script-src and style-src and writes the policy into a meta tag.
 *
 * Nothing inline runs unless Astro hashed it, and nothing loads from another host.
 * Search (Pagefind) compiles WebAssembly and runs a worker, hence 'wasm-unsafe-eval' and
 * worker-src 'self'. frame-ancestors, report-uri and sandbox are left out: browsers ignore them
 * in a meta tag and say so in the console.
 *
 * public/_headers sends the same policy as an HTTP header where the host allows it, with
 * frame-ancestors 'none' added; tests/site/csp.test.ts keeps the two the same.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

export const styleSources = ["'self'"] as const;
