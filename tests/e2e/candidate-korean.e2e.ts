// A candidate for the Korean position sees the whole flow in Korean: consent to report, with
// typed Korean answers (the embedded default: no Deepgram, offline AI).
import { describe, expect, it } from "vitest";
import { newContext } from "./support/browser";
import { getE2eContext, requireSeed, useBrowser } from "./support/e2e-context";
import { inviteThroughApi } from "./support/invite-through-api";
import { saveScreenshot } from "./support/screenshots";

const e2e = getE2eContext();

const koreanAnswers = [
  "먼저 지난 분기에는 운영 대시보드의 주간 활성 사용자 수와 장애 처리 시간을 핵심 지표로 정했습니다. 왜냐하면 운영 담당자가 로봇 장애를 얼마나 빨리 처리하는지가 고객 만족과 바로 이어지기 때문입니다. 예를 들어 알림 화면을 개편한 뒤 평균 처리 시간이 12분에서 7분으로 줄었습니다. 이 결과를 바탕으로 다음 분기 로드맵의 우선순위를 다시 정했습니다.",
  "디자이너와 신규 온보딩 화면의 단계 수를 두고 의견이 크게 달랐던 적이 있습니다. 우선 각자의 가설을 정리하고, 그 다음 두 가지 시안으로 2주 동안 A/B 테스트를 진행했습니다. 그 결과 단계를 줄인 시안의 완료율이 18% 높게 나와 모두가 데이터를 근거로 합의할 수 있었습니다. 이 경험을 통해 갈등은 누가 옳은지가 아니라 무엇을 검증할지의 문제라는 점을 배웠습니다.",
  "출시 일정이 늦어질 것이 확실해지면 먼저 지연 원인과 새 예상 일정을 정리합니다. 이후 영향을 받는 영업팀과 고객 지원팀에 가장 먼저 직접 공유하고, 먼저 제공할 수 있는 기능 범위를 대안으로 함께 제시합니다. 예를 들어 작년에 결제 연동 기능이 3주 늦어졌을 때 핵심 기능만 먼저 출시해 주요 고객 두 곳과의 계약 일정을 지킬 수 있었습니다. 이렇게 투명하게 소통한 덕분에 이해관계자들의 신뢰가 오히려 높아졌습니다.",
];

describe.skipIf(e2e.isSkipped)("candidate interview in Korean", () => {
  const { browser } = useBrowser();

  it("shows the Korean position's flow in Korean from consent to the report", async () => {
    const seed = requireSeed();
    const invite = await inviteThroughApi({
      positionId: seed.positionIds[1] ?? "",
      candidateEmail: "haneul.kim@example.com",
      candidateName: "김하늘",
      questionCount: koreanAnswers.length,
    });
    expect(invite.status).toBe(201);
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(invite.path);

    const flow = page.locator('[lang="ko"]');
    await flow.getByRole("heading", { name: "시작하기 전에" }).waitFor();
    expect(await page.title()).toMatch(/^면접 · /);
    expect(await flow.getByRole("heading", { level: 1 }).textContent()).toBe("프로덕트 매니저");
    expect(await page.getByTestId("question-count").textContent()).toBe("질문 3개");
    expect(await page.getByText("김하늘님, 안녕하세요.").isVisible()).toBe(true);
    await saveScreenshot(page, "candidate-korean-01-consent");
    const proceed = page.getByRole("button", { name: "계속하기" });
    expect(await proceed.isDisabled()).toBe(true);
    await page.getByLabel("위 내용을 확인했으며").check();
    await proceed.click();

    await page.getByRole("heading", { name: "마이크를 확인해 주세요" }).waitFor();
    await page.getByRole("button", { name: "면접 시작하기" }).click();

    for (const [index, answer] of koreanAnswers.entries()) {
      await page.getByText(`질문 ${index + 1} / ${koreanAnswers.length}`).waitFor();
      await page.getByLabel("답변", { exact: true }).fill(answer);
      if (index === 0) {
        expect(await page.getByRole("button", { name: "이 부분 저장" }).isVisible()).toBe(true);
        await saveScreenshot(page, "candidate-korean-02-question");
      }
      const isLast = index === koreanAnswers.length - 1;
      await page.getByRole("button", { name: isLast ? "면접 마치기" : "다음 질문" }).click();
    }

    const report = page.getByTestId("candidate-report");
    await report.waitFor({ timeout: 30_000 });
    await report.getByRole("heading", { name: "평가 리포트" }).waitFor();
    expect(await report.getByText("오프라인 휴리스틱 채점기로 채점했습니다").isVisible()).toBe(
      true,
    );
    // Feedback (the default level): the Korean texts, and no score or hiring opinion.
    expect(
      await report.getByText("답변별로 잘한 점과 보완할 점입니다", { exact: false }).isVisible(),
    ).toBe(true);
    expect(await report.getByText("종합 점수", { exact: true }).count()).toBe(0);
    expect(await report.getByText("채용 의견", { exact: true }).count()).toBe(0);
    expect(await report.getByRole("heading", { name: "Strengths" }).count()).toBe(0);
    await saveScreenshot(page, "candidate-korean-03-report");

    // What the browser saved is the Korean text, one answer per question, in order.
    const saved = await fetch(`${e2e.baseUrl}/api/interviews/${invite.id}/transcripts`, {
      headers: { authorization: `Bearer ${seed.apiToken}` },
    }).then((response) => response.json() as Promise<{ segments: { text: string }[] }>);
    expect(saved.segments.map((segment) => segment.text)).toEqual(koreanAnswers);
    await context.close();
  });
});
