const probeOrigin = "http://same-site.invalid";

/**
 * The `?next=` path to return to after signing in, or null when it would leave the site: only a
 * path of this origin is kept ("//evil.example", "/\\evil.example" and "https://…" all resolve
 * elsewhere, so they are dropped, as are control characters browsers strip before resolving).
 */
export function toSafeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/")) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return null;
  }
  if (url.origin !== probeOrigin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
