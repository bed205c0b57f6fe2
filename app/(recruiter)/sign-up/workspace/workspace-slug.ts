/**
 * A URL-safe, unique-enough slug for a new workspace: the name's latin letters and digits, and a
 * random suffix so two teams named alike do not collide on the unique column. A name with no
 * latin letters (Korean) becomes "workspace-…".
 */
export function toWorkspaceSlug(name: string, random: () => string = randomSuffix): string {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${base || "workspace"}-${random()}`;
}

function randomSuffix(): string {
  return crypto.randomUUID().slice(0, 6);
}
