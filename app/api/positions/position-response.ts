import "server-only";
import type { Position } from "@/db/schema";
import { getPositionCoverage } from "@/lib/competencies/get-position-coverage";

/** A position as one-position routes answer it: the row plus what each competency is missing. */
export async function toPositionResponse(position: Position) {
  return { ...position, competencyCoverage: await getPositionCoverage(position) };
}
