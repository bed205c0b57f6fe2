// Calls of the app's API as a script would make them, and an interview taken from invitation to
// completion with the same typed answer to every question: the setup of tests about what follows.
import { getE2eContext, requireSeed } from "./e2e-context";

export async function callApi<T>(
  path: string,
  token: string,
  init: { method?: string; body?: unknown } = {},
) {
  const response = await fetch(`${getE2eContext().baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Invites a candidate with the seed's token, answers every question with `answer`, completes. */
export async function takeTypedInterviewThroughApi(options: {
  positionId: string;
  candidateName: string;
  candidateEmail: string;
  answer: string;
}) {
  const created = await callApi<{ id: string; inviteUrl: string }>(
    "/api/interviews",
    requireSeed().apiToken,
    {
      method: "POST",
      body: {
        positionId: options.positionId,
        candidateName: options.candidateName,
        candidateEmail: options.candidateEmail,
        questionCount: 2,
      },
    },
  );
  if (created.status !== 201) throw new Error(`Creating the interview answered ${created.status}`);
  const inviteToken = created.body.inviteUrl.split("/").at(-1) ?? "";
  const base = `/api/interviews/${created.body.id}`;
  const { body: listed } = await callApi<{ questions: { id: string }[] }>(
    `${base}/questions`,
    inviteToken,
  );
  await callApi(`${base}/start`, inviteToken, { method: "POST" });
  const idPrefix = options.candidateEmail.split("@")[0];
  await callApi(`${base}/transcripts`, inviteToken, {
    method: "POST",
    body: {
      segments: listed.questions.map((question, index) => ({
        id: `${idPrefix}-${index}`,
        questionId: question.id,
        speaker: "candidate",
        text: options.answer,
        startMs: index * 10_000,
        endMs: index * 10_000 + 5_000,
      })),
    },
  });
  const completed = await callApi(`${base}/complete`, inviteToken, { method: "POST" });
  return { id: created.body.id, base, inviteToken, completedStatus: completed.status };
}
