import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";

// What answers on a competency talk about, in both languages: an answer addresses the question
// when it speaks of these things, whether or not it reuses the question's own words. English
// entries are stems matched as word prefixes, Korean ones as substrings of an eojeol.
type Vocabulary = Record<OfflineLanguage, string[]>;

const byCompetency: Record<string, Vocabulary> = {
  "system-design": {
    en: "architect design scal throughput latency cache caching redis database replica shard partition queue load balanc consisten availab failover fallback timeout retry traffic read write storage schema service api capacity bottleneck ttl invalidat stale hit rate p95 p99".split(
      " ",
    ),
    ko: "아키텍처 설계 확장 처리량 지연 캐시 레디스 데이터베이스 DB 복제 샤드 파티션 큐 부하 일관성 가용성 장애 폴백 타임아웃 재시도 트래픽 읽기 쓰기 저장 스키마 서비스 용량 병목 무효화 적중".split(
      " ",
    ),
  },
  "problem-solving": {
    en: "investigat diagnos debug root cause trace tracing log metric profil reproduc hypothes narrow isolat bisect compar diff deploy rollback revert regression symptom latency slow fix found".split(
      " ",
    ),
    ko: "조사 진단 디버깅 원인 추적 트레이스 로그 지표 프로파일 재현 가설 좁혀 분리 비교 배포 롤백 되돌 회귀 증상 지연 느려 수정 찾았 확인".split(
      " ",
    ),
  },
  communication: {
    en: "explain stakeholder manager leadership customer sales update status document proposal present audience jargon plain understood understand clarif expectation option risk trade-off tradeoff estimate date decision meeting call".split(
      " ",
    ),
    ko: "설명 이해관계자 경영진 대표 고객 영업 공유 전달 문서 제안 발표 용어 이해 기대 선택지 위험 트레이드오프 일정 결정 회의 설득 안내 질문 답변".split(
      " ",
    ),
  },
  collaboration: {
    en: "teammate colleague team disagree agree conflict compromis pair mentor junior review feedback together trust support coordinat align listen resolv prototype help onboard".split(
      " ",
    ),
    ko: "동료 팀원 팀 의견 합의 갈등 절충 페어 멘토 신입 주니어 리뷰 피드백 함께 신뢰 지원 조율 경청 해결 디자이너 개발자 면담 협업".split(
      " ",
    ),
  },
  ownership: {
    en: "responsib own owned mistake incident outage postmortem root cause fix revert rollback prevent debt refactor invest justif measur deadline launch risk escalat initiative accountab".split(
      " ",
    ),
    ko: "책임 맡아 맡았 실수 장애 포스트모템 원인 수정 되돌 롤백 예방 방지 부채 리팩터 투자 정당화 측정 마감 출시 위험 주도 재발".split(
      " ",
    ),
  },
  "technical-depth": {
    en: "index query plan explain scan join statistic transaction isolation lock idempot consisten migrat schema pool connection kafka queue partition replica latency throughput analyz".split(
      " ",
    ),
    ko: "인덱스 쿼리 실행 계획 스캔 조인 통계 트랜잭션 격리 락 멱등 일관성 마이그레이션 스키마 풀 커넥션 카프카 큐 파티션 복제 지연 처리량".split(
      " ",
    ),
  },
  "product-sense": {
    en: "user customer feature product launch priorit request feedback interview usage adoption retention conversion funnel roadmap problem need value experiment metric churn".split(
      " ",
    ),
    ko: "사용자 고객 기능 제품 출시 우선순위 요청 피드백 인터뷰 사용률 리텐션 전환 퍼널 로드맵 문제 니즈 가치 실험 지표 이탈 기획 개선".split(
      " ",
    ),
  },
  "data-analysis": {
    en: "metric data analys segment cohort funnel conversion retention experiment a/b test hypothes significan sample dashboard trend baseline drop guardrail".split(
      " ",
    ),
    ko: "지표 데이터 분석 세그먼트 코호트 퍼널 전환 리텐션 실험 A/B 테스트 가설 유의 표본 대시보드 추이 기준 하락 가드레일 측정 로그".split(
      " ",
    ),
  },
};

/** The topic vocabulary of a competency, in the answer's language ([] for one we do not know). */
export function getTopicVocabulary(options: {
  competency: string;
  language: OfflineLanguage;
}): string[] {
  const vocabulary = byCompetency[options.competency.trim().toLowerCase()];
  return (vocabulary?.[options.language] ?? []).map((term) => term.toLowerCase());
}
