// The position form's ATS job id in Chromium against `next start` with the demo seed: saved from
// the position page, found through GET /api/positions?externalJobId=, and cleared again.
import { describe, expect, it } from "vitest";
import { getE2eContext, openSignedInPage, requireSeed, useBrowser } from "./support/e2e-context";

const e2e = getE2eContext();

describe.skipIf(e2e.isSkipped)("a position's ATS job id in Chromium", () => {
  const { browser } = useBrowser();

  it("saves the job id from the position page and the API finds the position by it", async () => {
    const seed = requireSeed();
    const positionId = seed.positionIds[0] ?? "";
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    const jobId = `gh-${crypto.randomUUID().slice(0, 8)}`;
    const save = async (value: string) => {
      await page.goto(`/positions/${positionId}`);
      await page.getByLabel(/Job id in your applicant tracking system/).fill(value);
      await page
        .getByRole("button", { name: "Save changes" })
        .and(page.locator(":enabled"))
        .click();
      await page.getByRole("main").getByRole("status").filter({ hasText: "Saved." }).waitFor();
    };
    const findByJobId = async () => {
      const response = await page.request.get(`/api/positions?externalJobId=${jobId}`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { positions: { id: string }[] };
      return body.positions.map((position) => position.id);
    };

    await save(jobId);
    expect(await findByJobId()).toEqual([positionId]);
    await page.reload();
    expect(await page.getByLabel(/Job id in your applicant tracking system/).inputValue()).toBe(
      jobId,
    );

    await save("");
    expect(await findByJobId()).toEqual([]);
    await context.close();
  });
});
