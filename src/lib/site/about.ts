/** The "Om webbplatsen" / "About this site" page's slug, the same in both languages. */
export const aboutSlug = 'om-webbplatsen';
