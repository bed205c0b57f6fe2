import "server-only";
import type { Position } from "@/db/schema";
import { countBankQuestionsByCompetency } from "@/lib/db/question-bank";
import { describeCompetencyCoverage } from "./coverage";
import type { CompetencyCoverage } from "./schemas";

/** The position's competencies with their rubric source, bank questions and warnings. */
export async function getPositionCoverage(
  position: Pick<Position, "companyId" | "competencies" | "language" | "rubrics">,
): Promise<CompetencyCoverage[]> {
  const bankQuestionCounts = await countBankQuestionsByCompetency({
    companyId: position.companyId,
    language: position.language,
    competencies: position.competencies,
  });
  return describeCompetencyCoverage({ ...position, bankQuestionCounts });
}
