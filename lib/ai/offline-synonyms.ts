import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";

// What the bank's questions ask about, and the words a candidate uses for it instead of the
// question's own: a story about an "incident" answers a question about an "outage". Keys are
// matched against a question keyword's stem (en: the stem starts with the key; ko: contains it),
// synonyms as the topic vocabulary is (en: stem prefixes or phrases, ko: substrings).
const synonyms: Record<OfflineLanguage, Record<string, string[]>> = {
  en: {
    outage: ["incident", "downtime", "went down", "broke", "stopped", "failure", "fail"],
    mistak: ["my change", "error", "wrong", "fault", "bug", "caused", "blame"],
    // "respon" is the stem of both "responsible" and "response".
    respon: ["i owned", "mine", "my change", "accountab", "ownership", "usage", "adoption"],
    disagr: [
      "prefer",
      "pushed",
      "wanted",
      "argu",
      "object",
      "conflict",
      "debat",
      "favour",
      "favor",
    ],
    teamma: ["colleague", "peer", "engineer", "coworker", "senior"],
    decisi: ["decid", "chose", "choose", "went with", "agreed", "option"],
    resolv: ["agreed", "settl", "compromis", "conced", "accept", "prototyp"],
    outcom: ["result", "shipped", "ended"],
    explai: ["walked", "framed", "describ", "present", "comparison", "one-page", "one page"],
    stakeh: ["sales", "manager", "head of", "leadership", "executive", "client", "customer"],
    non: ["sales", "business", "customer", "plain"],
    trade: ["option", "versus", "instead", "rather", "cost", "risk"],
    unders: ["explain it back", "back to me", "misread", "misunderst", "clarif"],
    junior: ["graduate", "new hire", "newcomer", "intern", "mentee"],
    grow: ["grew", "progress", "confiden", "on call", "on-call", "promot", "independen"],
    mentor: ["pair", "coach"],
    debt: ["refactor", "legacy", "cleanup", "rewrite", "module"],
    justif: ["argu", "case", "showed", "proposed", "convinc"],
    // "invest" is the stem of both "investment" and "investigate".
    invest: ["time", "sprint", "effort", "quarter", "trace", "log", "profil", "diff", "pulled"],
    measur: ["metric", "went from", "fell", "track"],
    cach: ["redis", "memcache", "ttl", "hit rate", "invalidat"],
    consis: ["stale", "invalidat", "delete", "write-through"],
    failur: ["timeout", "fallback", "stampede", "down"],
    latenc: ["slow", "p99", "p95", "tail", "ms"],
    deploy: ["release", "rollout", "ship"],
    query: ["sql", "explain", "index", "plan", "scan"],
    slow: ["seconds", "timeout", "latency", "crept"],
    featur: ["usage", "adoption", "target", "launch"],
    expect: ["target", "below", "goal", "only"],
    reques: ["asked", "ticket", "column"],
    metric: ["rate", "conversion", "completion", "guardrail"],
    succes: ["target", "goal", "rate"],
    a: ["experiment", "variant", "group"],
    test: ["experiment", "variant", "group", "rerun"],
    interp: ["result", "split", "segment"],
    persua: ["propos", "convinc", "argu", "agreed", "one-on-one"],
    leader: ["ceo", "cfo", "executive", "founder", "director", "vp"],
    direct: ["order", "priorit", "roadmap", "first", "instead"],
    design: ["designer", "mockup"],
    develo: ["developer", "engineer"],
    confli: ["disagree", "insist", "compromis", "pushed"],
    trust: ["trust", "one-on-one", "promise", "rule"],
    joined: ["joined", "new team", "first two weeks", "first week"],
    built: ["trust", "one-on-one"],
    explan: ["explain", "one page", "recording", "video", "briefing"],
  },
  ko: {
    반응: ["사용률", "반응", "저조", "못 미치", "그쳤"],
    기대: ["목표", "기대", "못 미치"],
    원인: ["이유는", "원인"],
    분석: ["퍼널", "데이터", "분석", "나눠", "인터뷰", "통화"],
    대응: ["바꿨", "개선", "수정", "다시 설계", "대응"],
    요청: ["요청", "요구", "문의"],
    해결책: ["대신", "제안", "방법"],
    지표: ["지표", "전환율", "완료율", "비율"],
    성공: ["성공", "목표", "성과"],
    테스트: ["실험", "테스트", "그룹"],
    설계: ["설계", "표본", "기간", "가설"],
    해석: ["결과", "해석", "판단"],
    예상: ["예상", "기대", "예측", "달리"],
    경영진: ["대표", "임원", "경영진", "리더"],
    이해관계자: ["대표", "임원", "리더", "영업", "마케팅", "고객"],
    설득: ["설득", "제안", "동의", "합의"],
    방향: ["방향", "우선순위", "순서", "로드맵"],
    배경: ["영업", "고객", "사장님"],
    변경: ["변경", "바뀌", "달라", "전환"],
    설명: ["설명", "안내", "정리", "영상", "자료", "한 장"],
    디자이너: ["디자이너", "시안"],
    개발자: ["개발자", "개발팀", "엔지니어"],
    의견: ["의견", "주장", "원했", "고집", "선호"],
    갈등: ["갈등", "대립", "충돌", "논쟁", "결론이"],
    해결: ["해결", "합의", "절충", "동의"],
    합류: ["합류", "새로 온", "입사"],
    신뢰: ["신뢰", "믿"],
    노력: ["면담", "약속", "규칙", "현장"],
    장애: ["장애", "중단", "멈췄", "멈춘", "받지 못", "다운", "누락"],
    실수: ["제 변경", "제 탓", "잘못", "실수", "머지한"],
    책임: ["제 변경", "제 탓", "책임", "맡았"],
    캐시: ["캐시", "redis", "ttl", "적중", "무효화"],
    일관성: ["무효화", "삭제", "오래된", "경쟁 상태"],
    지연: ["p99", "p95", "ms", "느려", "지연", "대기"],
    배포: ["릴리스", "배포", "롤백", "되돌"],
    조사: ["트레이스", "로그", "비교", "찾았", "나눠"],
    트레이드오프: ["안", "선택지", "대신", "비용", "위험", "일정"],
    동료: ["동료", "선배", "팀원", "엔지니어"],
    주니어: ["신입", "주니어", "후배"],
    성장: ["온콜", "스스로", "성장", "맡겼"],
    부채: ["모듈", "리팩터", "분리", "재작성", "부채"],
    정당화: ["데이터", "보여 줬", "제안", "설득", "주장"],
    측정: ["지표", "측정", "줄었", "추적"],
    쿼리: ["쿼리", "explain", "인덱스", "스캔", "실행 계획", "플래너"],
    인덱스: ["인덱스", "복합", "스캔"],
    실행: ["실행 계획", "explain", "플래너"],
  },
};

/** Each question keyword with the words that say the same thing. */
export function expandKeywords(options: {
  keywords: string[];
  language: OfflineLanguage;
}): string[][] {
  const table = synonyms[options.language];
  return options.keywords.map((keyword) => [
    keyword,
    ...Object.entries(table)
      .filter(([key]) =>
        options.language === "ko" ? keyword.includes(key) : keyword.startsWith(key),
      )
      .flatMap(([, words]) => words),
  ]);
}
