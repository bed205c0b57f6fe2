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
    respon: ["i owned", "mine", "my change", "accountab", "ownership"],
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
