import type { LadderQuestion } from "./types";

export const enCaching: LadderQuestion = {
  language: "en",
  competency: "system-design",
  question:
    "Walk me through how you would add caching to a read-heavy service. How would you keep the cache consistent with the database, and what failure modes would you plan for?",
  levels: [
    "I'm not sure, I haven't really worked with caches.",
    "I would put a cache in front of the database so reads are faster. Consistency is important, so I'd make sure the cache is updated when data changes. You also have to think about what happens if the cache goes down, and monitor it.",
    "At my previous job we had a product catalogue service that took something like 40,000 reads a second at peak, mostly from the storefront and the mobile app. The database was a single Postgres primary with two replicas, and the replicas were running hot every evening. Product pages changed rarely, maybe a few hundred edits a day from the merchandising team, but prices were updated in bulk overnight by a pricing job. There had been an incident the year before where customers saw old prices after a promotion ended, so the business was nervous about anything that could show stale data. The team had talked about caching for months, and different people had different ideas about where it should live.",
    "I'd start by finding which reads are hot and how stale each can be. On the catalogue service I worked on, I measured that product pages were most of the traffic, so I put a Redis cache-aside layer in front of them with a TTL. I made writes delete the key after the database commit instead of updating it, and I had the pricing job publish invalidation events. For failures I added a timeout so a slow Redis falls back to the database, and request coalescing so a popular key expiring doesn't send a thousand queries at once.",
    "On our catalogue service the replicas were saturated at about 40,000 reads a second, so I added a cache-aside layer in Redis for product pages. I chose delete-on-write after the commit plus a five-minute TTL as a backstop, and the nightly pricing job published invalidations per product. For failure modes I put a 30 ms timeout on Redis reads with fallback to the database, and single-flight loading so a hot key expiring caused one query, not hundreds. The hit rate settled at 94%, replica CPU went from 85% to 30% in the evening peak, and p95 page latency dropped from 180 ms to 45 ms.",
    "I cached product pages cache-aside in Redis, deleting keys after commit rather than writing through, because a write-through race could pin a stale price indefinitely. TTL five minutes as a backstop; single-flight loads against stampedes; a 30 ms timeout falling back to Postgres. Hit rate 94%, replica CPU 85% to 30%. Looking back, I'd version cache keys from the start: one bad deploy taught me that flushing everything is your only undo otherwise.",
  ],
  generic:
    "Caching is one of the most powerful tools for scaling read-heavy systems. I always follow best practices: choose the right caching strategy, set sensible TTLs, and make sure invalidation is handled carefully, because consistency is critical. I believe in monitoring hit rates and planning for failure modes like stampedes and outages. In my experience, a well-designed cache dramatically improves performance and reduces database load, and I always make these decisions based on data and close collaboration with the team.",
  spoken:
    "so um on our catalogue service the replicas were basically saturated at like forty thousand reads a second so i added a cache aside layer in redis for the product pages and uh i chose delete on write after the commit plus a five minute ttl as a backstop and the nightly pricing job published invalidations per product and for failure modes i put a thirty millisecond timeout on the redis reads with fallback to the database and single flight loading so you know a hot key expiring caused one query not hundreds and the hit rate settled at ninety four percent replica cpu went from eighty five percent to thirty percent in the evening peak and p ninety five page latency dropped from a hundred and eighty milliseconds to forty five",
  translated: {
    question:
      "읽기가 많은 서비스에 캐시를 추가한다면 어떻게 하시겠습니까? 캐시와 데이터베이스의 일관성은 어떻게 유지하고, 어떤 장애 상황에 대비하시겠습니까?",
    levels: [
      "먼저 어떤 읽기가 많은지, 그리고 각각 얼마나 오래된 데이터까지 허용되는지부터 파악하겠습니다. 제가 맡았던 상품 카탈로그 서비스에서는 상품 페이지가 트래픽의 대부분이라는 걸 측정으로 확인했고, 그래서 그 앞에 TTL을 둔 Redis 캐시 어사이드 계층을 붙였습니다. 쓰기 시에는 캐시를 갱신하지 않고 DB 커밋 후에 키를 삭제하도록 했고, 가격 배치 작업이 무효화 이벤트를 발행하게 했습니다. 장애에 대비해서는 Redis가 느려지면 DB로 넘어가도록 타임아웃을 두었고, 인기 키가 만료될 때 쿼리가 한꺼번에 몰리지 않도록 요청 병합을 넣었습니다.",
      "카탈로그 서비스의 읽기 복제본이 초당 약 4만 건의 읽기로 포화 상태여서, 제가 상품 페이지용 Redis 캐시 어사이드 계층을 추가했습니다. 커밋 후 키 삭제 방식에 5분 TTL을 안전장치로 두었고, 야간 가격 배치가 상품별 무효화를 발행하도록 했습니다. 장애 대비로 Redis 읽기에 30ms 타임아웃과 DB 폴백을 두었고, 싱글 플라이트 로딩으로 인기 키가 만료돼도 쿼리가 수백 건이 아니라 한 건만 나가게 했습니다. 그 결과 적중률은 94%에서 안정됐고, 저녁 피크의 복제본 CPU는 85%에서 30%로, 페이지 p95 지연은 180ms에서 45ms로 줄었습니다.",
      "상품 페이지를 Redis에 캐시 어사이드로 올리고, 라이트스루 대신 커밋 후 키 삭제를 택했습니다. 라이트스루는 경쟁 상태에서 오래된 가격이 계속 남을 수 있었기 때문입니다. 5분 TTL은 안전장치로, 싱글 플라이트로 스탬피드를 막고, 30ms 타임아웃 시 Postgres로 폴백했습니다. 적중률 94%, 복제본 CPU는 85%에서 30%로 내려갔습니다. 돌아보면 처음부터 캐시 키에 버전을 넣었어야 했습니다. 잘못된 배포 한 번으로, 그게 없으면 전체 삭제 말고는 되돌릴 방법이 없다는 걸 배웠습니다.",
    ],
  },
};
