/**
 * Names the talk says that have digits in them: words, not figures, so `npm run check`'s figures rule
 * does not ask `data/` for a "53" or a "265". A space inside a name may be left out (`Route53`).
 */
export const numberedNames = ['Route 53', 'LFS 265']
