import { z } from "zod";
import { competencyCoverageSchema } from "@/lib/competencies/schemas";
import { scoringReplayViewSchema } from "@/lib/compliance/replay/schemas";
import type { BankedAnswer } from "@/lib/db/answer-bank-search";
import type { listPositionCandidates } from "@/lib/db/position-candidates";
import { listAnswerBankQuerySchema, searchAnswerBankQuerySchema } from "../../answer-bank/schema";
import { listCandidatesQuerySchema } from "../../positions/[id]/candidates/schema";
import { updatePositionSchema } from "../../positions/[id]/schema";
import { createPositionSchema, listPositionsQuerySchema } from "../../positions/schema";
import type { OperationSpec } from "../operation-spec";
import { uuidPathParam } from "../path-params";
import { bankedAnswerSchema, positionCandidateSchema, positionSchema } from "../response-schemas";

// Typed against the query's rows, so a field added there fails the typecheck here.
positionCandidateSchema satisfies z.ZodType<PositionCandidate>;
bankedAnswerSchema satisfies z.ZodType<BankedAnswer>;
type PositionCandidate = Awaited<ReturnType<typeof listPositionCandidates>>[number];

const positionIdParams = { id: uuidPathParam("position") };
const unknownRubric =
  "`unprocessable_entity`: the input does not match the schema, a competency looks like a built-in one misspelt (the message names it and the built-in), or a rubric names a competency the position does not have.";
/** What a one-position route answers: the row plus each competency's rubric source, bank questions and warnings. */
const positionDetailSchema = positionSchema
  .extend({ competencyCoverage: z.array(competencyCoverageSchema) })
  .meta({ id: "PositionDetail" });

export const positionOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/positions",
    summary: "List the company's positions, newest first",
    description:
      "`externalJobId` finds the position(s) an applicant tracking system's job maps to (exact match).",
    tag: "Positions",
    access: { member: "position:read" },
    query: listPositionsQuerySchema,
    success: {
      status: 200,
      description: "The positions.",
      schema: z.object({ positions: z.array(positionSchema) }),
    },
  },
  {
    method: "post",
    path: "/api/positions",
    summary: "Open a position in the company",
    description:
      "Competencies without a rubric in `rubrics` get the default anchored rubric (generic criteria for your own competencies). `competencyCoverage` warns where a competency has no default rubric or no bank questions in the position's language.",
    tag: "Positions",
    access: { member: "position:write" },
    body: {
      schema: createPositionSchema,
      example: {
        title: "Backend engineer",
        description: "Owns the billing services.",
        competencies: ["debugging", "ownership"],
        language: "en",
        followUpsPerQuestion: 1,
        answerSeconds: 180,
      },
    },
    success: { status: 201, description: "The new position.", schema: positionDetailSchema },
    errors: { 422: unknownRubric },
  },
  {
    method: "get",
    path: "/api/positions/{id}",
    summary: "Read one of the company's positions",
    tag: "Positions",
    access: { member: "position:read" },
    pathParams: positionIdParams,
    success: { status: 200, description: "The position.", schema: positionDetailSchema },
  },
  {
    method: "patch",
    path: "/api/positions/{id}",
    summary: "Edit title, description, competencies, language, rubrics or answer pacing",
    description:
      "New scores use an edited rubric under a new version; stored scores keep theirs. Pacing (`followUpsPerQuestion`, `answerSeconds`) applies to interviews that start after the change.",
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: positionIdParams,
    body: { schema: updatePositionSchema, example: { title: "Senior backend engineer" } },
    success: { status: 200, description: "The updated position.", schema: positionDetailSchema },
    otherSuccess: {
      status: 202,
      description:
        "The rubrics would score differently and the position has evaluated, AI-scored interviews: the rubric change is held and replayed first (apply it with `POST /api/positions/{id}/scoring-replays/{replayId}/apply`); the other fields sent (`applied`) are saved.",
      schema: z.object({
        position: positionDetailSchema,
        replay: scoringReplayViewSchema,
        applied: z.array(z.string()),
        held: z.array(z.literal("rubrics")),
      }),
    },
    errors: {
      409: "`replay_running`: the rubric change would start a replay while one of the position still runs.",
      422: unknownRubric,
    },
  },
  {
    method: "delete",
    path: "/api/positions/{id}",
    summary: "Delete a position that no interview uses yet",
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: positionIdParams,
    success: { status: 204, description: "Deleted." },
    errors: { 409: "`conflict`: the position has interviews." },
  },
  {
    method: "get",
    path: "/api/positions/{id}/candidates",
    summary: "Evaluated candidates of a position with overall and per-competency scores",
    description:
      "Without `sort`, only scores from the model path or a person (`scoredBy` `model` or `human`) rank candidates, best first; offline-scored ones (`scoredBy: offline`, a screening aid) follow, newest completion first. `sort=score` ranks everyone by score (the human value where there is one), `sort=completed` lists everyone newest completion first.",
    tag: "Positions",
    access: { member: "interview:read" },
    pathParams: positionIdParams,
    query: listCandidatesQuerySchema,
    success: {
      status: 200,
      description: "The position and its candidates in the order asked for.",
      schema: z.object({
        position: positionSchema.pick({ id: true, title: true, competencies: true }),
        sort: listCandidatesQuerySchema.shape.sort.unwrap().nullable(),
        candidates: z.array(positionCandidateSchema),
        humanScorecardCandidates: z
          .array(
            z.object({
              interviewId: z.uuid(),
              candidateName: z.string(),
              evaluatedAt: z.iso.datetime().nullable(),
              humanOverallScore: z.int().min(0).max(100).nullable().meta({
                description: "The human scorecard's overall; null until every criterion is scored.",
              }),
            }),
          )
          .meta({
            description:
              "Candidates who asked that no AI score them: scored by a person on the human scorecard, listed apart.",
          }),
      }),
    },
  },
  {
    method: "get",
    path: "/api/answer-bank",
    summary: "The excellent answers the company's candidates gave, per question",
    tag: "Answer bank",
    access: { member: "position:write" },
    query: listAnswerBankQuerySchema,
    success: {
      status: 200,
      description: "Bank questions with their banked answers.",
      schema: z.object({
        questions: z.array(
          z.object({
            question: bankedAnswerSchema.shape.question,
            answers: z.array(bankedAnswerSchema),
          }),
        ),
      }),
    },
  },
  {
    method: "get",
    path: "/api/answer-bank/search",
    summary: "The company's banked answers nearest in meaning to `q`",
    tag: "Answer bank",
    access: { member: "position:write" },
    query: searchAnswerBankQuerySchema,
    success: {
      status: 200,
      description: "The nearest answers and the embedding model that ranked them.",
      schema: z.object({
        query: z.string(),
        embeddedBy: z.object({ provider: z.string(), model: z.string() }),
        results: z.array(
          bankedAnswerSchema.extend({
            similarity: z.number().meta({ description: "Cosine similarity, 3 decimals." }),
          }),
        ),
      }),
    },
  },
];
