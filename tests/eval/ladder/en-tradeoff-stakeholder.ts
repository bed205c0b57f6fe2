import type { LadderQuestion } from "./types";

export const enTradeoffStakeholder: LadderQuestion = {
  language: "en",
  competency: "communication",
  question:
    "Tell me about a time you had to explain a complex technical trade-off to a non-technical stakeholder. How did you make sure they understood what was at stake?",
  levels: [
    "I can't think of a specific time, sorry.",
    "I think it's really about avoiding jargon and speaking their language. Non-technical people care about the business impact, so I try to focus on that and keep things simple. I also check in with them to make sure they're following.",
    "Last year our head of sales wanted us to promise a large prospect that we could import their historical data in a week. The data was in an old on-premise system with a schema nobody on our side had seen, about eight years of records, and some of it was scanned PDFs. Engineering had a sprint already planned around a security audit that was due at the end of the month. The deal was one of the biggest of the quarter, so there was a lot of pressure from above, and the sales lead was frustrated because he felt engineering always said no.",
    "When our head of sales wanted a one-week data import promised to a prospect, I didn't argue in technical terms. I put together a one-page comparison of two options: a fast import of the structured records only, or a full import including the scanned documents, which needed OCR and manual checks. For each I wrote what the customer would get, by when, and what could go wrong, in plain words. I walked him through it in a fifteen-minute call, then asked him to explain the choice back to me as he would to the customer, which showed me he'd misread one risk, and we went over that part again.",
    "Our head of sales wanted to promise a prospect a one-week import of eight years of data, including scanned PDFs. I wrote a one-page comparison of two options in customer terms: structured records in one week, or everything in four weeks because the scans needed OCR and manual checks. I walked him through it and had him explain it back to me as he would to the customer, which caught one misunderstood risk. He took the phased offer to the prospect, they signed a contract worth about $300,000 a year, and we delivered phase one in six days and the rest in three and a half weeks.",
    "Sales wanted us to promise a prospect a one-week import of eight years of data, scans included. Rather than arguing about effort, I framed it as what the customer gets and when: structured records in a week, everything in four. I was tempted to pad the estimate instead, but an honest phased offer seemed less risky than a promise we'd break. I had the sales lead explain it back to me, which surfaced one misread risk. The prospect signed at around $300k a year and we hit both dates. What I took from it: make the stakeholder say the trade-off in their own words before they repeat it to a customer.",
  ],
  generic:
    "Communication is one of my biggest strengths. I'm very comfortable translating complex technical concepts into simple business language that anyone can understand. I always focus on the impact, use analogies, and avoid jargon. I make sure to listen actively and check for understanding, and I adapt my style to my audience. Stakeholders have often told me they appreciate how clearly I explain things, and this has helped build strong trust with the business.",
  spoken:
    "um so our head of sales wanted to promise a prospect a one week import of like eight years of data including scanned pdfs and i wrote a one page comparison of two options in customer terms so structured records in one week or everything in four weeks because the scans needed ocr and manual checks and i walked him through it and had him explain it back to me as he would to the customer which uh caught one misunderstood risk and he took the phased offer to the prospect they signed a contract worth about three hundred thousand dollars a year and we delivered phase one in six days and the rest in three and a half weeks",
  translated: {
    question:
      "복잡한 기술적 트레이드오프를 기술 배경이 없는 이해관계자에게 설명해야 했던 경험을 말씀해 주세요. 무엇이 걸려 있는지 상대가 이해했는지 어떻게 확인하셨나요?",
    levels: [
      "영업 총괄이 잠재 고객에게 일주일 안에 데이터 이관을 약속하고 싶어 했을 때, 저는 기술 용어로 반박하지 않았습니다. 대신 두 가지 안을 한 페이지로 비교했습니다. 정형 데이터만 빠르게 옮기는 안과, OCR과 수작업 검수가 필요한 스캔 문서까지 전부 옮기는 안이었습니다. 각 안마다 고객이 무엇을 언제 받는지, 무엇이 잘못될 수 있는지를 쉬운 말로 적었습니다. 15분 통화로 설명한 뒤 고객에게 말하듯 저에게 다시 설명해 달라고 했고, 그 과정에서 위험 하나를 잘못 이해한 것을 알게 돼 그 부분을 다시 짚었습니다.",
      "영업 총괄이 스캔 PDF를 포함한 8년 치 데이터를 일주일 안에 이관해 주겠다고 잠재 고객에게 약속하려 했습니다. 저는 두 가지 안을 고객 관점에서 한 페이지로 정리했습니다. 정형 데이터는 일주일, 스캔 문서는 OCR과 수작업 검수가 필요해서 전체는 4주였습니다. 설명한 뒤 고객에게 말하듯 다시 설명해 달라고 했고, 잘못 이해한 위험 하나를 그 자리에서 바로잡았습니다. 그분은 단계별 제안을 고객에게 가져갔고, 고객은 연 3억 원 규모의 계약에 서명했으며, 우리는 1단계를 6일 만에, 나머지를 3주 반 만에 넘겼습니다.",
      "영업팀이 스캔 문서를 포함한 8년 치 데이터를 일주일 안에 옮기겠다고 약속하려 했습니다. 저는 공수를 두고 다투는 대신 고객이 무엇을 언제 받는지로 설명했습니다. 정형 데이터는 일주일, 전체는 4주였습니다. 일정을 넉넉히 부풀려 말하고 싶은 유혹도 있었지만, 지키지 못할 약속보다 솔직한 단계별 제안이 덜 위험하다고 판단했습니다. 영업 리더에게 다시 설명해 보게 했더니 잘못 이해한 위험 하나가 드러났습니다. 고객은 연 3억 원 규모로 계약했고 두 일정 모두 지켰습니다. 이 일로 배운 것은, 이해관계자가 고객에게 전하기 전에 트레이드오프를 자기 말로 말해 보게 해야 한다는 것입니다.",
    ],
  },
};
