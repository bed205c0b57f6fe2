import "server-only";
import { embeddingDimensions } from "./types";

// Char 3-grams carry most of the weight: they survive the small edits of near-verbatim copies
// (punctuation, a changed particle), where a whole word or bigram feature flips. Word features
// still separate texts that share letters but not words.
const wordGramWeight = 0.5;

/**
 * The offline embedding: word unigrams and bigrams and char 3-grams, hashed into
 * `embeddingDimensions` buckets with a hashed sign (so collisions cancel out on average instead of
 * piling up), sublinear term counts, L2-normalised. Deterministic, with no model: it measures
 * shared wording, not meaning, which is what duplicate detection needs.
 */
export function embedTextHashed(text: string): number[] {
  const vector = new Float64Array(embeddingDimensions);
  for (const [feature, count] of countFeatures(text)) {
    const hash = hashFeature(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    const weight = feature.startsWith("c:") ? 1 : wordGramWeight;
    const bucket = hash % embeddingDimensions;
    vector[bucket] = (vector[bucket] ?? 0) + sign * weight * (1 + Math.log(count));
  }
  const norm = Math.hypot(...vector);
  // An empty text still gets a unit vector (a fixed bucket) so cosine distances stay defined.
  if (norm === 0) return Array.from({ length: embeddingDimensions }, (_, i) => (i === 0 ? 1 : 0));
  return Array.from(vector, (value) => value / norm);
}

function countFeatures(text: string): Map<string, number> {
  const normalized = text.normalize("NFKC").toLowerCase();
  const words = normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  words.forEach((word, i) => {
    add(`w:${word}`);
    const next = words[i + 1];
    if (next) add(`b:${word} ${next}`);
  });
  // Taken across word boundaries with the spaces removed, so spacing drift (frequent in Korean
  // transcripts: "프로파일링했습니다" vs "프로파일링 했습니다") does not change them.
  const squashed = words.join("");
  const chars = Array.from(squashed);
  for (let i = 0; i + 3 <= chars.length; i++) add(`c:${chars.slice(i, i + 3).join("")}`);
  return counts;
}

/** FNV-1a over UTF-16 code units, then a final avalanche so low bits and the sign bit mix well. */
function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}
