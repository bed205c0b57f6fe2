import type { LadderQuestion } from "./types";

export const enSlowQuery: LadderQuestion = {
  language: "en",
  competency: "technical-depth",
  question:
    "A query that used to be fast is now slow. Walk me through how you would use the query plan and indexes to diagnose and fix it.",
  levels: [
    "I'd probably ask the DBA, I don't really know query plans.",
    "I would look at the query plan to see what the database is doing and check whether the right indexes are there. Sometimes adding an index fixes it. It's also good to check if the data has grown, because that affects performance.",
    "This came up on a reporting dashboard I worked on. One of the main queries joined orders with customers and shipments, filtered by date and region, and it had been taking around 50 ms for a long time. Then over a couple of weeks it crept up to several seconds, and the dashboard started timing out for the operations team every morning. Nobody had changed the query itself, but the orders table had grown a lot after we onboarded a large customer.",
    "I'd run EXPLAIN ANALYZE on the slow query and compare it with the plan from when it was fast, if we have one, looking at where estimated and actual row counts diverge. When this happened on our reporting dashboard, the planner had switched from an index scan on orders to a sequential scan, and its row estimate for the region filter was off by a factor of a hundred. I ran ANALYZE to refresh the statistics, raised the statistics target for the region column, which was heavily skewed after a big customer joined, and added a composite index on region and created date that matched the filter.",
    "On our reporting dashboard a query that took 50 ms crept to several seconds. EXPLAIN ANALYZE showed a sequential scan on orders where there used to be an index scan, and the planner estimated 300 rows for the region filter when 40,000 came back. One large customer had skewed the region column, and the statistics were stale. I ran ANALYZE, raised the statistics target on that column and added a composite index on region and created date. The query went back to 35 ms, and the morning dashboard timeouts, which had hit the operations team daily for two weeks, stopped.",
    "I compare EXPLAIN ANALYZE's estimated and actual rows first. On our dashboard the planner expected 300 rows for a region and got 40,000: one big customer skewed the column, stats were stale, so it chose a sequential scan. I refreshed statistics, raised that column's target and added a region plus created-date index; 4 s went to 35 ms. I considered a plan hint instead, but hints rot as data changes. Lesson: we now alert when estimate and actual diverge tenfold, before users notice.",
  ],
  generic:
    "Query performance is an area where I have deep expertise. I always start by analysing the execution plan, identifying bottlenecks and checking index usage. I'm familiar with all the common causes of slow queries, like missing indexes, outdated statistics and inefficient joins, and I apply best practices to fix them. I also believe in proactive monitoring so that performance regressions are caught early. This systematic approach has always worked well for me.",
  spoken:
    "so on our reporting dashboard a query that took like fifty milliseconds crept to several seconds and explain analyze showed a sequential scan on orders where there used to be an index scan and the planner estimated three hundred rows for the region filter when forty thousand came back so um one large customer had skewed the region column and the statistics were stale so i ran analyze raised the statistics target on that column and added a composite index on region and created date and the query went back to thirty five milliseconds and the morning dashboard timeouts which had hit the operations team daily for two weeks stopped",
  translated: {
    question:
      "예전에는 빠르던 쿼리가 이제 느려졌습니다. 실행 계획과 인덱스를 사용해 어떻게 진단하고 고치시겠습니까?",
    levels: [
      "느린 쿼리에 EXPLAIN ANALYZE를 돌리고, 빠르던 시절의 실행 계획이 있다면 비교해서 예상 행 수와 실제 행 수가 어디서 어긋나는지 보겠습니다. 리포팅 대시보드에서 이런 일이 있었을 때, 플래너가 orders 테이블을 인덱스 스캔 대신 순차 스캔으로 바꿨고, 지역 필터에 대한 행 수 추정이 100배나 틀려 있었습니다. 저는 ANALYZE로 통계를 갱신하고, 큰 고객이 들어온 뒤 분포가 크게 치우친 지역 컬럼의 통계 목표치를 올렸으며, 필터와 맞는 지역과 생성일 복합 인덱스를 추가했습니다.",
      "리포팅 대시보드에서 50ms 걸리던 쿼리가 몇 초까지 느려졌습니다. EXPLAIN ANALYZE를 보니 원래 인덱스 스캔이던 orders가 순차 스캔으로 바뀌어 있었고, 플래너는 지역 필터 결과를 300행으로 예상했는데 실제로는 4만 행이 나왔습니다. 대형 고객 하나 때문에 지역 컬럼 분포가 치우쳤고 통계도 오래돼 있었습니다. 저는 ANALYZE를 실행하고 그 컬럼의 통계 목표치를 올린 뒤 지역과 생성일 복합 인덱스를 추가했습니다. 쿼리는 35ms로 돌아왔고, 2주 동안 운영팀을 매일 괴롭히던 아침 대시보드 타임아웃이 사라졌습니다.",
      "저는 먼저 EXPLAIN ANALYZE의 예상 행 수와 실제 행 수를 비교합니다. 우리 대시보드에서는 플래너가 어떤 지역에 300행을 예상했는데 4만 행이 나왔습니다. 대형 고객 하나가 컬럼 분포를 치우치게 했고 통계가 오래돼서 순차 스캔을 고른 것이었습니다. 통계를 갱신하고 그 컬럼의 목표치를 올린 뒤 지역과 생성일 인덱스를 추가해서 4초가 35ms가 됐습니다. 실행 계획 힌트도 고려했지만 데이터가 바뀌면 힌트는 금방 낡습니다. 그 뒤로는 예상과 실제가 10배 이상 벌어지면 사용자가 알아채기 전에 알림이 오게 했습니다.",
    ],
  },
};
