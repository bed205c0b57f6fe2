import type { Interview } from "@/db/schema";

/** The email is compared without case (people retype it), the id exactly as printed. */
export function isErasureConfirmed(options: {
  confirm: string;
  interview: Pick<Interview, "id" | "candidateEmail">;
}): boolean {
  const confirm = options.confirm.trim();
  return (
    confirm.toLowerCase() === options.interview.candidateEmail.trim().toLowerCase() ||
    confirm.toLowerCase() === options.interview.id.toLowerCase()
  );
}
