import { describe, expect, it } from "vitest";
import { GET as getInterview, POST as postInterview } from "@/app/api/interviews/[id]/route";
import { callRoute } from "./call-route";
import { createInvitedInterview, createTenant } from "./factories";
import { OpenApiMismatchError } from "./openapi-response-check";
import { findRouteOperation } from "./route-registry";

const operation = { path: "/api/interviews/{id}", method: "get" };

/** A handler standing in for GET /api/interviews/{id} that answers with `body`. */
function answering(body: unknown, init: ResponseInit = {}) {
  return async () => Response.json(body, init);
}

async function readCandidateView() {
  const { interview, inviteToken } = await createInvitedInterview(await createTenant());
  const result = await callRoute(getInterview, {
    token: inviteToken,
    params: { id: interview.id },
  });
  expect(result.status).toBe(200);
  return result.body as Record<string, unknown>;
}

describe("callRoute checks every JSON response against the OpenAPI document", () => {
  it("knows which documented operation a route file's handler is, without being told", () => {
    expect(findRouteOperation(getInterview)).toEqual(operation);
    // The 405 of a method the route does not serve is not an operation of the document.
    expect(findRouteOperation(postInterview)).toBeUndefined();
  });

  it("passes the candidate's view of an interview as the document describes it", async () => {
    const view = await readCandidateView();
    const result = await callRoute(answering(view), { operation });
    expect(result.body).toEqual(view);
  });

  it("fails when a handler returns a field the document does not describe", async () => {
    const view = await readCandidateView();
    await expect(
      callRoute(answering({ ...view, inviteTokenHash: "leaked" }), { operation }),
    ).rejects.toThrow(OpenApiMismatchError);
  });

  it("fails when a handler renames a field the document requires", async () => {
    const { questionCount, ...rest } = await readCandidateView();
    await expect(
      callRoute(answering({ ...rest, questionsCount: questionCount }), { operation }),
    ).rejects.toThrow(/does not match the OpenAPI document/);
  });

  it("fails when a field has another type than the document says", async () => {
    const view = await readCandidateView();
    await expect(
      callRoute(answering({ ...view, questionCount: "3" }), { operation }),
    ).rejects.toThrow(OpenApiMismatchError);
  });

  it("fails on a status the operation does not document", async () => {
    const teapot = { error: { code: "teapot", message: "No." } };
    await expect(callRoute(answering(teapot, { status: 418 }), { operation })).rejects.toThrow(
      /does not list this status/,
    );
  });

  it("checks error bodies too: a 404 must carry the error envelope", async () => {
    await expect(
      callRoute(answering({ message: "gone" }, { status: 404 }), { operation }),
    ).rejects.toThrow(OpenApiMismatchError);
  });

  it("leaves bodies that are not JSON (audio, files) alone", async () => {
    const audio = async () =>
      new Response(new Uint8Array([1, 2, 3]), { headers: { "content-type": "audio/mpeg" } });
    const result = await callRoute(audio, {
      operation: { path: "/api/interviews/{id}/questions/{questionId}/speech", method: "get" },
    });
    expect(result.status).toBe(200);
  });
});
