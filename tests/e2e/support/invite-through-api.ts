// A new interview for the seeded company, created the way a recruiter's script would: the API
// with the seed's token. Returns the invite page's path.
import { getE2eContext, requireSeed } from "./e2e-context";

export async function inviteThroughApi(options: {
  positionId: string;
  candidateName: string;
  candidateEmail: string;
  questionCount: number;
}): Promise<{ status: number; id: string; path: string }> {
  const response = await fetch(`${getE2eContext().baseUrl}/api/interviews`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${requireSeed().apiToken}`,
      "content-type": "application/json",
    },
    body: JSON.stringify(options),
  });
  const { id, inviteUrl } = (await response.json()) as { id: string; inviteUrl: string };
  return { status: response.status, id, path: new URL(inviteUrl).pathname };
}
