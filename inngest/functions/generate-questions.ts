import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { getCompanyById } from "@/lib/db/companies";
import { listInterviewQuestions, replaceInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById } from "@/lib/db/interviews";
import { getPosition } from "@/lib/db/positions";
import { addCompanyBankQuestion, findNearestBankQuestion } from "@/lib/db/question-bank";
import { isDomainError } from "@/lib/domain-error";
import { definePipelineFunction } from "../define-pipeline-function";
import { type InterviewCreatedData, interviewCreated } from "../events";
import type { PipelineContext } from "../pipeline-context";

// A generated question this close to a bank question is that question: reuse it (and its answers).
const sameQuestionSimilarity = 0.9;

/**
 * With a model configured, replaces the bank picks made at creation by questions written for
 * this company, position and résumé, reusing bank questions where one fits (new ones join the
 * company's bank). Offline, the bank picks stand.
 */
async function writeQuestionsForInterview({ event, step }: PipelineContext<InterviewCreatedData>) {
  const provider = getAiProvider();
  if (provider.name === "offline") return { source: "bank" as const };
  const { interviewId } = event.data;

  const generated = await step.run("generate-with-ai", async () => {
    const interview = await getInterviewById({ id: interviewId });
    if (interview?.status !== "invited") return null;
    const [company, position, current] = await Promise.all([
      getCompanyById({ id: interview.companyId }),
      getPosition({ id: interview.positionId, companyId: interview.companyId }),
      listInterviewQuestions({ interviewId }),
    ]);
    if (!company || !position) return null;
    const questions = await provider.generateQuestions({
      language: position.language,
      company: { name: company.name, description: company.description },
      position: {
        title: position.title,
        description: position.description,
        competencies: position.competencies,
      },
      resumeText: interview.resumeText,
      count: current.length,
    });
    const bankPicks = current.map(({ content, category, competency, bankQuestionId }) => ({
      content,
      category,
      competency,
      bankQuestionId,
    }));
    return { questions, bankPicks, companyId: company.id, language: position.language };
  });
  if (!generated || generated.questions.length === 0) return { source: "bank" as const };

  const matched = await step.run("match-bank-questions", async () => {
    const vectors = await provider.embed(generated.questions.map((question) => question.content));
    return Promise.all(
      generated.questions.map(async (question, index) => {
        const embedding = vectors[index] ?? [];
        const nearest = await findNearestBankQuestion({ ...generated, embedding });
        if (nearest && nearest.similarity >= sameQuestionSimilarity) {
          const { id, content, category, competency } = nearest;
          return { content, category, competency, bankQuestionId: id, isReused: true };
        }
        const bankQuestionId = await addCompanyBankQuestion({
          ...generated,
          ...question,
          embedding,
        });
        return { ...question, bankQuestionId, isReused: false };
      }),
    );
  });

  const isStored = await step.run("store-questions", async () => {
    try {
      // The model may write fewer than asked: the bank picks made at creation fill the rest.
      const usedBankIds = new Set<string | null>(
        matched.map((question) => question.bankQuestionId),
      );
      const fill = generated.bankPicks.filter((pick) => !usedBankIds.has(pick.bankQuestionId));
      const questions = [...matched.map(({ isReused: _r, ...q }) => q), ...fill].slice(
        0,
        generated.bankPicks.length,
      );
      await replaceInterviewQuestions({ interviewId, questions });
      return true;
    } catch (error) {
      // The candidate started before generation finished: the bank picks they see stay.
      if (isDomainError(error, "conflict")) return false;
      throw error;
    }
  });
  if (!isStored) return { source: "bank" as const };
  return {
    source: "ai" as const,
    questions: matched.length,
    reused: matched.filter((q) => q.isReused).length,
  };
}

export const generateQuestionsFunction = definePipelineFunction({
  id: "generate-questions",
  trigger: interviewCreated,
  idempotency: "event.data.interviewId",
  retries: 3,
  handler: writeQuestionsForInterview,
});
