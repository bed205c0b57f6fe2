import { competencyKeySchema } from "@/lib/competencies/schemas";

/**
 * What a typed competency becomes: its key ("Incident response" → "incident-response"), or the
 * reason it cannot be added — the server's own rule, so a misspelt built-in is caught here first.
 */
export function readCompetencyDraft(text: string): { key: string } | { error: string } | null {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, "-");
  if (!normalised) return null;
  const parsed = competencyKeySchema.safeParse(normalised);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the competency." };
  return { key: parsed.data };
}
