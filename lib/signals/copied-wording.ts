/** Word sequences this long are rarely shared by two people who wrote independently. */
const shingleWords = 3;
/** Fewer shared sequences than this is a common phrase or two, not a copy. */
export const minCopiedShingles = 12;
/**
 * The share of the shorter text's word sequences found in the other at which it is a copy: a
 * 75 % copy, a copy padded with a framing sentence or lightly edited keeps well above it, two
 * honest answers on the same topic share a few percent.
 */
export const copiedShareLimit = 0.5;

/** Lower-case words of any script; punctuation and spacing are not what a copy is made of. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shinglesOf(text: string): Set<string> {
  const words = wordsOf(text);
  const shingles = new Set<string>();
  for (let i = 0; i + shingleWords <= words.length; i++) {
    shingles.add(words.slice(i, i + shingleWords).join(" "));
  }
  return shingles;
}

/**
 * How much of one text is made of the other's wording: the shared three-word sequences as a share
 * of the shorter text's, so a copy contained in a longer answer and a longer answer cut down to
 * part of it both count. `isCopy` when enough of them are shared.
 */
export function measureCopiedWording(
  text: string,
  other: string,
): { share: number; shared: number; isCopy: boolean } {
  const own = shinglesOf(text);
  const theirs = shinglesOf(other);
  let shared = 0;
  for (const shingle of own) if (theirs.has(shingle)) shared++;
  const smaller = Math.min(own.size, theirs.size);
  const share = smaller === 0 ? 0 : shared / smaller;
  return { share, shared, isCopy: shared >= minCopiedShingles && share >= copiedShareLimit };
}
