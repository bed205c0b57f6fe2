import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { workspaceEventTypes } from "@/lib/webhooks/event-types";
import { buildWebhookPayload } from "@/lib/webhooks/payload-schemas";
import { buildOpenApiDocument } from "./build-document";

type JsonObject = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped under some loaders.
const addFormats = (
  "default" in addFormatsModule ? addFormatsModule.default : addFormatsModule
) as typeof addFormatsModule;

const document = JSON.parse(JSON.stringify(buildOpenApiDocument())) as {
  webhooks: Record<string, { post: JsonObject }>;
  components: JsonObject;
};

function readBodySchema(type: string): JsonObject {
  const requestBody = document.webhooks[type]?.post.requestBody as {
    content: { "application/json": { schema: JsonObject } };
  };
  return requestBody.content["application/json"].schema;
}

function compileBodyValidator(type: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The body schema's $refs point into #/components: compile it with them at its root.
  return ajv.compile({ ...readBodySchema(type), components: document.components });
}

const refs = {
  interviewId: "0b7c9a52-5f0e-4d7a-9b1e-3c2d1e0f4a5b",
  positionId: "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
  externalJobId: "gh-job-4021",
  externalCandidateId: "gh-cand-88123",
  externalApplicationId: "gh-app-99231",
};

describe("the OpenAPI document's webhooks section", () => {
  it("has one POST per event type of lib/webhooks/event-types.ts, and nothing else", () => {
    expect(Object.keys(document.webhooks).sort()).toEqual([...workspaceEventTypes].sort());
    for (const type of workspaceEventTypes) {
      expect(document.webhooks[type]?.post, type).toBeDefined();
    }
  });

  it("describes the three Standard Webhooks headers on every event, all required", () => {
    for (const type of workspaceEventTypes) {
      const parameters = document.webhooks[type]?.post.parameters as {
        in: string;
        name: string;
        required?: boolean;
      }[];
      const headers = parameters.filter((parameter) => parameter.in === "header");
      expect(headers.map((header) => header.name).sort(), type).toEqual([
        "webhook-id",
        "webhook-signature",
        "webhook-timestamp",
      ]);
      expect(headers.every((header) => header.required === true)).toBe(true);
    }
  });

  it("accepts a payload built by the webhook builder for every event type", () => {
    for (const type of workspaceEventTypes) {
      const payload = buildWebhookPayload({
        type,
        occurredAt: "2026-12-07T02:00:00.000Z",
        data:
          type === "decision.made"
            ? { ...refs, decision: "advance" }
            : type.startsWith("report.")
              ? { ...refs, aiScoring: false }
              : refs,
      });
      const validate = compileBodyValidator(type);
      expect(validate(JSON.parse(JSON.stringify(payload))), JSON.stringify(validate.errors)).toBe(
        true,
      );
    }
  });

  it("refuses a body of another type, one without its interview id, and a decision not ours", () => {
    const validate = compileBodyValidator("report.ready");
    const reportRefs = { ...refs, aiScoring: true };
    const body = { type: "report.ready", timestamp: "2026-12-07T02:00:00.000Z", data: reportRefs };
    expect(validate(body)).toBe(true);
    // A report event always says whether an AI scored it.
    expect(validate({ ...body, data: refs })).toBe(false);
    expect(validate({ ...body, type: "interview.started" })).toBe(false);
    const { interviewId: _dropped, ...withoutInterview } = reportRefs;
    expect(validate({ ...body, data: withoutInterview })).toBe(false);

    const validateDecision = compileBodyValidator("decision.made");
    const decision = { ...body, type: "decision.made", data: refs };
    expect(validateDecision({ ...decision, data: { ...refs, decision: "reject" } })).toBe(true);
    expect(validateDecision({ ...decision, data: refs })).toBe(false);
    expect(validateDecision({ ...decision, data: { ...refs, decision: "hired" } })).toBe(false);
  });
});
