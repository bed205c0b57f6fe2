// A candidate's data rights from the recruiter's interview page, in Chromium against `next start`:
// the export downloads as JSON, and the erase (after typing the email) removes the interview.
import fs from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { getE2eContext, openSignedInPage, requireSeed, useBrowser } from "./support/e2e-context";

const e2e = getE2eContext();

async function api(path: string, token: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${e2e.baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.skipIf(e2e.isSkipped)("candidate data rights in Chromium", () => {
  const { browser } = useBrowser();

  it("downloads the export as JSON, then deletes the interview after the email is typed", async () => {
    const seed = requireSeed();
    const candidateEmail = "dana.rights@example.com";
    const created = await api("/api/interviews", seed.apiToken, {
      method: "POST",
      body: {
        positionId: seed.positionIds[0],
        candidateName: "Dana Rights",
        candidateEmail,
        questionCount: 2,
      },
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);

    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto(`/interviews/${id}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export data (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`interview-${id}.json`);
    const exported = JSON.parse(await fs.readFile((await download.path()) ?? "", "utf8"));
    expect(exported).toMatchObject({
      schemaVersion: 1,
      interview: { id, candidateEmail, candidateName: "Dana Rights" },
    });
    expect(exported.questions).toHaveLength(2);

    await page.getByRole("button", { name: "Delete candidate data…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this candidate's data?" });
    await dialog.waitFor();
    const erase = dialog.getByRole("button", { name: "Delete everything" });
    expect(await erase.isDisabled()).toBe(true);
    await dialog.getByLabel(/Type the candidate's email/).fill(candidateEmail);
    await erase.click();
    await page.waitForURL(/\/interviews\?notice=erased$/);
    await page
      .getByRole("status")
      .filter({ hasText: "The candidate's data was deleted." })
      .waitFor();
    expect(await page.getByText("Dana Rights").count()).toBe(0);
    await context.close();

    expect((await api(`/api/interviews/${id}`, seed.apiToken)).status).toBe(404);
  });
});
