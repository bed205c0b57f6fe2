import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { questionBank } from "@/db/schema";
import { createTenant } from "@/tests/support/factories";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";

// The AI provider is OpenAI, pointed at the local fake, before any app module reads its env.
const fake = await vi.hoisted(async () => {
  const { startOpenAiForApp } = await import("@/tests/support/openai-env");
  return startOpenAiForApp();
});
afterAll(() => fake.close());

const written = {
  content: "Walk me through a migration you ran on a table with a billion rows.",
  category: "technical",
  competency: "system-design",
};

describe("generate-questions on the OpenAI path", () => {
  it("puts the model's question first, fills the rest from the bank, and banks it once for reuse", async () => {
    const tenant = await createTenant();
    fake.setChatHandler(({ schemaName }) =>
      schemaName === "generated_questions" ? { questions: [written] } : null,
    );
    const first = await startInterviewThroughApi(tenant, { questionCount: 3 });
    expect(first.questions).toHaveLength(3);
    const db = await getDb();
    const rows = await db
      .select()
      .from(questionBank)
      .where(eq(questionBank.content, written.content));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ companyId: tenant.company.id, language: "en" });
    expect(rows[0]?.embedding).toHaveLength(1536);

    // The same question generated again is the banked one: no second row.
    const second = await startInterviewThroughApi(tenant, { questionCount: 3 });
    expect(second.questions).toHaveLength(3);
    expect(
      await db.select().from(questionBank).where(eq(questionBank.content, written.content)),
    ).toHaveLength(1);
    fake.setChatHandler(null);

    const { GET } = await import("@/app/api/interviews/[id]/questions/route");
    const { callRoute } = await import("@/tests/support/call-route");
    const listed = await callRoute(GET, { token: tenant.token, params: first.params });
    const contents = (listed.body as { questions: { content: string; order: number }[] }).questions;
    expect(contents[0]).toMatchObject({ content: written.content, order: 1 });
  });
});
