import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// PGlite at a path worth hiding, in-process cache, no Deepgram or LiveKit (the test env's defaults).
const page = vi.hoisted(() => {
  process.env.PGLITE_DATA_DIR = "/srv/interviews/secret-data-dir";
  return { user: null as null | { platformRole: "member" | "operator" } };
});
vi.mock("next/server", () => ({ connection: async () => {} }));
vi.mock("@/lib/auth/get-page-user", () => ({ getPageUser: async () => page.user }));

const { BackendNotice } = await import("./backend-notice");

async function renderNotice(): Promise<string> {
  const element = await BackendNotice();
  return element ? renderToStaticMarkup(element) : "";
}

const backendDetails = [
  "/srv/interviews/secret-data-dir",
  "PGlite",
  "DATABASE_URL",
  "DEEPGRAM_API_KEY",
  "LIVEKIT",
  "in-process",
];

describe("BackendNotice", () => {
  beforeEach(() => {
    page.user = null;
  });

  it("shows a signed-out visitor (a candidate) only an offline label, with no path or backend", async () => {
    const html = await renderNotice();
    expect(html).toContain("Offline mode");
    for (const detail of backendDetails) expect(html).not.toContain(detail);
  });

  it("shows a recruiter only the offline label too", async () => {
    page.user = { platformRole: "member" };
    const html = await renderNotice();
    expect(html).toContain("Offline mode");
    for (const detail of backendDetails) expect(html).not.toContain(detail);
  });

  it("shows an operator the backends and the embedded database's path", async () => {
    page.user = { platformRole: "operator" };
    const html = await renderNotice();
    expect(html).toContain("/srv/interviews/secret-data-dir");
    expect(html).toContain("DEEPGRAM_API_KEY");
  });
});
