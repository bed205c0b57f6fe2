import type { LadderQuestion } from "./types";

export const enOutage: LadderQuestion = {
  language: "en",
  competency: "ownership",
  question:
    "Describe an outage or serious mistake you were responsible for. How did you handle it in the moment, and what did you do afterward?",
  levels: [
    "I don't think I've ever caused one.",
    "Everyone makes mistakes, and what matters is how you respond. I believe in owning it, staying calm, fixing the problem quickly and being transparent. Afterwards it's important to learn from it so it doesn't happen again.",
    "A couple of years ago I was on the platform team at a food delivery company, and one Friday evening, which is our busiest time, restaurant tablets stopped receiving new orders for a while. That afternoon I had merged a change to the message broker configuration as part of a cleanup project that had been running for a few weeks. Orders were still being placed by customers, but they were piling up in a queue and restaurants couldn't see them, so couriers were waiting and customers were getting anxious.",
    "I had merged a broker configuration change that, on a Friday evening, stopped restaurant tablets from getting new orders. When the alerts fired I told the incident channel straight away that my change was the likely cause, so nobody wasted time looking elsewhere. I reverted it, then worked with the on-call engineer to replay the orders that had piled up in the queue, oldest first, while support contacted the restaurants. Afterwards I wrote the postmortem myself, added a staging check that sends a test order through every tablet topic, and made broker changes require a second reviewer.",
    "On a Friday evening a broker config change I'd merged stopped restaurant tablets from receiving orders. I said in the incident channel within minutes that it was probably my change, reverted it, and with the on-call engineer replayed the stuck orders oldest first. Orders were missing for 22 minutes and about 1,400 were delayed; we refunded the 90 that restaurants couldn't fulfil. Afterwards I wrote the postmortem, added a staging check that pushes a test order through every tablet topic, and required a second reviewer for broker changes. In the eleven months after, we had no further incidents from broker configuration.",
    "A broker config change I merged on a Friday stopped restaurant tablets receiving orders for 22 minutes. I said in the incident channel that it was probably mine, which saved everyone a search, and chose to revert rather than patch forward, since I wasn't sure what else the change touched. We replayed 1,400 stuck orders oldest first and refunded 90. Then I wrote the postmortem, added a synthetic order check in staging and a second reviewer for broker changes; nothing recurred in eleven months. The lesson I keep: never merge infrastructure changes before peak hours, and say 'it was me' early.",
  ],
  generic:
    "I strongly believe in taking ownership of my mistakes. When something goes wrong, I stay calm, communicate transparently with everyone involved and focus on restoring service as quickly as possible. After the issue is resolved, I always run a blameless postmortem, identify the root cause and put preventive measures in place. For me, mistakes are opportunities to learn and improve our processes, and I've grown a lot as an engineer by handling them well.",
  spoken:
    "so on a friday evening um a broker config change i'd merged stopped restaurant tablets from receiving orders and i said in the incident channel within minutes that it was probably my change reverted it and with the on call engineer replayed the stuck orders oldest first orders were missing for twenty two minutes and about fourteen hundred were delayed and we refunded the ninety that restaurants couldn't fulfil and afterwards i wrote the postmortem added a staging check that pushes a test order through every tablet topic and um required a second reviewer for broker changes and in the eleven months after we had no further incidents from broker configuration",
  translated: {
    question:
      "본인이 책임져야 했던 장애나 중대한 실수를 말씀해 주세요. 그 순간에는 어떻게 대처하셨고, 이후에는 무엇을 하셨나요?",
    levels: [
      "제가 머지한 메시지 브로커 설정 변경 때문에 금요일 저녁에 매장 태블릿이 새 주문을 받지 못했습니다. 알림이 울리자마자 저는 장애 채널에 제 변경이 원인일 가능성이 높다고 바로 알려서 다른 곳을 찾느라 시간을 쓰지 않게 했습니다. 변경을 되돌린 뒤 당직 엔지니어와 함께 큐에 쌓인 주문을 오래된 순서대로 다시 흘려보냈고, 그동안 고객지원팀이 매장에 연락했습니다. 이후 포스트모템을 직접 작성했고, 모든 태블릿 토픽으로 테스트 주문을 보내는 스테이징 점검을 추가했으며, 브로커 변경에는 두 번째 리뷰어를 필수로 했습니다.",
      "금요일 저녁, 제가 머지한 브로커 설정 변경으로 매장 태블릿이 주문을 받지 못했습니다. 저는 몇 분 안에 장애 채널에 제 변경 때문일 것 같다고 말하고 되돌렸으며, 당직 엔지니어와 함께 멈춘 주문을 오래된 순서대로 재처리했습니다. 주문은 22분 동안 누락됐고 약 1,400건이 지연됐으며, 매장에서 처리하지 못한 90건은 환불했습니다. 이후 포스트모템을 쓰고, 모든 태블릿 토픽으로 테스트 주문을 보내는 스테이징 점검을 추가하고, 브로커 변경에 두 번째 리뷰어를 필수로 했습니다. 그 뒤 11개월 동안 브로커 설정으로 인한 장애는 한 번도 없었습니다.",
      "금요일에 제가 머지한 브로커 설정 변경으로 매장 태블릿이 22분 동안 주문을 받지 못했습니다. 저는 장애 채널에 제 변경 같다고 먼저 말해 모두가 원인을 찾아 헤매지 않게 했고, 그 변경이 또 어디에 영향을 줬는지 확신이 없어서 앞으로 고치기보다 되돌리는 쪽을 택했습니다. 멈춘 주문 1,400건을 오래된 순서로 재처리했고 90건은 환불했습니다. 그 후 포스트모템을 쓰고 스테이징에 가상 주문 점검과 브로커 변경의 2인 리뷰를 넣었고, 11개월 동안 재발하지 않았습니다. 지금도 지키는 교훈은 피크 시간 전에는 인프라 변경을 머지하지 않는 것, 그리고 '제 탓입니다'를 빨리 말하는 것입니다.",
    ],
  },
};
