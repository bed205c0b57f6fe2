// Demo interview answers for the "Senior Backend Engineer" position. The offline scorer only counts
// features of the text, so these are written as real answers and calibrated in the sibling test.

/**
 * The five bank questions every seeded interview asks, in order; copied verbatim from
 * `question-bank.ts` because the seed links answers to bank rows by exact content.
 */
export const demoQuestionContents: readonly string[] = [
  "Walk me through how you would add caching to a read-heavy service. How would you keep the cache consistent with the database, and what failure modes would you plan for?",
  "How do you make an operation idempotent in a distributed system? Walk me through a concrete example, such as processing payments or webhook events.",
  "An API endpoint's p99 latency has doubled since yesterday's deploy, but the average looks normal. How would you investigate?",
  "Describe an outage or serious mistake you were responsible for. How did you handle it in the moment, and what did you do afterward?",
  "Tell me about a time you had to explain a complex technical trade-off to a non-technical stakeholder. How did you make sure they understood what was at stake?",
];

export type DemoEvaluatedCandidate = {
  readonly name: string;
  readonly email: string;
  readonly resumeText: string;
  /** `answers[i]` answers `demoQuestionContents[i]`: spoken transcript segments; `[]` = skipped. */
  readonly answers: readonly (readonly string[])[];
};

/**
 * Completed, evaluated interviews so the dashboard opens with a spread to compare: one excellent,
 * one good, one mixed and one weak candidate (bands pinned by `demo-answers.test.ts`).
 */
export const demoEvaluatedCandidates: readonly DemoEvaluatedCandidate[] = [
  {
    name: "Avery Chen",
    email: "avery.chen@example.com",
    resumeText:
      "Staff engineer with 9 years building payment and catalog backends in Go and Postgres. Led the caching and idempotency work behind a checkout platform serving 40 million requests a day. Regular incident commander and author of the team's postmortem guide.",
    answers: [
      [
        "For a read-heavy service, first I'd measure the read pattern, because caching only pays off if the hot set is small; on the catalog service I worked on, about 5% of product IDs took 80% of reads.",
        "Then I'd put a cache-aside layer in front of Postgres using Redis, with a TTL of around 10 minutes plus a few seconds of random jitter so that keys don't all expire together.",
        "To keep the cache consistent with the database, the write path commits to Postgres first and then deletes the key rather than updating it, since a delete can't race an older value back in.",
        "For the rare missed delete, we tailed the change stream with Debezium and issued invalidations from there, so the worst case was staleness bounded by the TTL.",
        "The failure modes I plan for are a stampede on a hot key, a cold cache after a restart, and Redis itself going down.",
        "We used request coalescing so only one request per key goes to the database on a miss. And we wrapped Redis calls in a 50 ms timeout with a circuit breaker, so the service degrades to slower reads instead of erroring.",
        "As a result, database read load dropped by about 70% and p99 went from 240 ms to 35 ms. What I learned is to load-test the cold-start case before launch, not after.",
      ],
      [
        "The core idea is that every operation carries a key that identifies the intent, and the server remembers what it did for that key, so a retry returns the same result instead of doing the work twice.",
        "A concrete example is the payments service I worked on, which consumed Stripe webhook events and also accepted charge requests from our mobile app.",
        "First, the client generates an idempotency key, a UUID per checkout attempt, and sends it in a header.",
        "Then the server inserts that key into a table in Postgres with a unique constraint, in the same transaction as the payment record, so two concurrent retries can't both succeed; the loser waits and reads the stored response.",
        "For webhooks, the Stripe event ID plays the same role, and we kept processed IDs for 30 days because Stripe retries for up to 3 days.",
        "The tricky part is side effects outside the database, such as sending a receipt email or calling a partner API, so those go through an outbox table and a worker that also dedupes by key.",
        "As a result, we went from roughly 40 duplicate charges a month during incidents to zero. I learned that exactly-once delivery doesn't really exist in a distributed system; you get at-least-once plus idempotent processing.",
      ],
      [
        "If p99 doubled but the average looks normal, a small slice of requests got much slower, so the first thing I'd investigate is which slice, rather than profiling the whole endpoint.",
        "I'd start in Grafana and break the latency histogram down by route parameters, tenant, instance and payload size, and compare it with the same hour before yesterday's deploy.",
        "Then I'd read the deploy diff with that slice in mind, because the usual suspects are a new query, a changed timeout or retry policy, or a dependency upgrade.",
        "For example, at my last job the p99 on our order-history endpoint went from 400 ms to 900 ms after a release, and the traces in Jaeger showed it only hit customers with more than 1,000 orders.",
        "The new code had added a sort on an unindexed column, so Postgres did a filesort for large accounts while small ones stayed fast, which is exactly why the average barely moved.",
        "Next, we turned the change off behind a feature flag to confirm the cause, added a composite index, and shipped again; p99 went back to 380 ms.",
        "Since then I add a p99 alert per endpoint and keep a big-tenant fixture in the load test, so this kind of problem is caught before it reaches production.",
      ],
      [
        "The most serious one was a schema migration I wrote that locked our orders table in MySQL for about 12 minutes at peak, so checkout was effectively down.",
        "That mistake was mine and I was responsible for it: I had tested the migration against a staging copy with 2% of production data and didn't account for a table rewrite on 40 million rows.",
        "In the moment, I declared the incident in Slack, acted as incident commander until someone more senior joined, and killed the migration rather than waiting for it, because rolling back was faster than rolling forward.",
        "Then I posted updates every 10 minutes to the support channel so they could handle customer tickets with accurate information.",
        "Afterward I wrote the blameless postmortem myself and owned all three action items.",
        "For example, we moved schema changes to gh-ost for online migrations, added a CI check that flags ALTER TABLE on tables above 1 million rows, and made staging restore a production-sized snapshot every night.",
        "As a result, we've run over 60 migrations since without a lock incident. The lesson I took away is that ownership means fixing the process, not just apologizing for the outage.",
      ],
      [
        "Last year our head of operations, a non-technical stakeholder, wanted live robot locations on the customer dashboard. The trade-off was building it properly in 3 months or shipping a polling version in 2 weeks that would cost more to run later.",
        "First I dropped the jargon and explained it as a delivery truck: the quick version phones the driver every few seconds to ask where he is, the proper version has the truck report in when it moves.",
        "Then I put numbers on both options that she actually cares about, such as the monthly AWS bill at 500 robots and at 5,000, and what each meant for the launch date she had promised a customer.",
        "To make sure she understood what was at stake, I asked her to explain the choice back to me in her own words, as if she were presenting it to her VP.",
        "That surfaced a misunderstanding, because she assumed the quick version could be upgraded later for free, so we talked through the rewrite cost explicitly.",
        "As a result, she chose polling instead of the 3-month build, with a written plan to replace it at 1,000 robots: the dashboard shipped in 12 days, and when we hit 1,000 robots the rewrite was already budgeted.",
        "I learned that the check isn't whether they nodded, it's whether they can repeat the trade-off to someone else.",
      ],
    ],
  },
  {
    name: "Sam Okafor",
    email: "sam.okafor@example.com",
    resumeText:
      "Backend engineer with 5 years on Python and Django services at a logistics startup. Owns the order and notification APIs and is on the on-call rotation.",
    answers: [
      [
        "I'd go with cache-aside using Redis, since that's what I've run in production and it's easy to reason about.",
        "On a read, the service checks Redis first, and on a miss it loads from the database and writes the value back with a TTL, usually around five minutes.",
        "On writes, I'd update the database and then invalidate the key, so the next read repopulates it.",
        "There's a small window where a reader can put an old value back, and for most data I'd accept that and let the TTL clean it up.",
        "The main failure I'd plan for is Redis being unavailable, so the code should fall back to the database with a short timeout instead of failing the request.",
        "For example, on our tracking page I'd cache the shipment summary, which is read maybe 50 times for every write, but not the live ETA, which needs to stay consistent.",
        "I'd also watch the hit rate on a dashboard, because a cache with a 30% hit rate is mostly adding latency.",
      ],
      [
        "We had this exact problem with webhook events from our payment provider, which would sometimes deliver the same event twice.",
        "I fixed it by storing each event ID in a table with a unique index before doing any processing.",
        "If the insert fails on the unique constraint, we know we've already seen it, and we just return 200 so the provider stops retrying.",
        "For our own API, clients send an Idempotency-Key header and we save the response against it for 24 hours.",
        "The part people get wrong is doing the insert and the actual work in separate transactions, because then a crash in between leaves you stuck.",
        "So we keep them in the same database transaction wherever we can, which makes the whole operation idempotent even with a distributed set of workers.",
        "Since I made that change, duplicate shipment emails during provider incidents went from about 40 a week to zero.",
      ],
      [
        "Since the average is fine, it's probably a subset of requests, so I'd look at the latency distribution for that endpoint by parameters and by host.",
        "First I'd diff what went out in yesterday's deploy, especially anything touching queries, HTTP clients or timeouts.",
        "Then I'd grab a few slow traces in Datadog and compare them with normal ones to see which span grew.",
        "For example, it's often a new N+1 query that only shows up for big accounts, or a retry that kicks in after a 2-second timeout.",
        "If it's clearly tied to the deploy and customers are affected, I'd roll back first and investigate after, since that's cheap.",
        "The last time I did this, the cause was an N+1 query for large accounts; I added a join and p99 went from 1.8 seconds back to 600 ms.",
      ],
      [
        "I once shipped a change to our job scheduler that made retries immediate instead of backing off.",
        "When a downstream service had a blip, our workers hammered it and turned a two-minute hiccup into a 40-minute outage.",
        "I was on call and responsible for that release, so I saw the alerts in PagerDuty and figured out fairly quickly that it was my change.",
        "In the moment, I reverted it, said in the incident channel that it was my deploy, and helped the other team handle the backlog and bring their service back.",
        "Afterward I wrote the postmortem and made exponential backoff with jitter the default in our shared client library, and retry storms in our incident log went from 3 a quarter to none since.",
        "It was embarrassing, but I learned that owning it quickly makes the conversation a lot easier, because nobody has to go looking for the cause.",
      ],
      [
        "Our product manager, who is non-technical, wanted full-text search in the admin tool, and I had to explain the trade-off between using Postgres search now or setting up Elasticsearch.",
        "I framed it as good enough now versus better later: Postgres would take a week and cover most cases, Elasticsearch would take about a month and need someone to run it.",
        "I showed her a couple of example queries that each option would handle badly, because that made it concrete.",
        "To make sure she understood, I wrote a one-page summary she could share with her manager.",
        "As a result, she went with Postgres, and we revisited it six months later when the data grew and the stakes were clearer.",
      ],
    ],
  },
  {
    name: "Priya Nair",
    email: "priya.nair@example.com",
    resumeText:
      "Full-stack developer with 3 years of experience, mostly Node.js APIs and React dashboards for an e-commerce agency. Looking to move deeper into backend systems.",
    answers: [
      [
        "Since the service is read-heavy, I would put Redis in front of the database and cache the results of the most common queries.",
        "The key would be the query parameters, and I'd set an expiry of maybe an hour.",
        "When data changes, we delete the related keys so the cache stays consistent.",
        "If the cache goes down, the service can still read from the database, it will just be slower, so I don't think that failure needs much planning.",
        "I added this to a reporting dashboard at the agency: the main query took about 3 seconds, and with the cache it dropped to under 200 ms most of the time.",
      ],
      [
        "An idempotent operation is one where doing it twice has the same effect as doing it once, which matters in a distributed system because requests get retried.",
        "For payments you would use an idempotency key that the client sends with the request, for example a UUID.",
        "The server checks if it has seen the key before and, if so, returns the previous result.",
        "For webhook events I think you can do the same thing with the event ID from the sender.",
        "I haven't implemented this myself, but I've read how Stripe does it and that's the approach I'd follow.",
      ],
      [
        "I would check the logs in Kibana and see if there are any errors since the deploy.",
        "Maybe the server is overloaded, so we could add more instances.",
        "If nothing shows up I would ask the team what changed.",
      ],
      [
        "In my first job I made a mistake with a config change on a Friday afternoon, and it broke the login page for about an hour.",
        "It was a small outage, but I was responsible because I deployed it without testing the login flow.",
        "I didn't notice in the moment because I had already left, and a colleague had to handle it and roll it back.",
        "On Monday I apologized and went through what had happened with my lead.",
        "Afterward I stopped deploying late on Fridays, and I added a login check to my release list; in the 2 years since, none of my releases has broken login again.",
      ],
      [
        "I had to explain a trade-off to our marketing lead, who isn't technical: why we couldn't send personalised emails in real time and had to batch them every hour instead.",
        "I said that sending instantly would mean a lot more load on our systems and a bigger bill, and batching was much cheaper.",
        "She wasn't happy at first, but she accepted it once I showed her the cost estimate, which was about 3 times higher for real time because of the extra SendGrid volume.",
        "I'm not sure she fully understood the technical reasons, and looking back, a simple diagram would have helped make sure she did.",
      ],
    ],
  },
  {
    name: "Morgan Blake",
    email: "morgan.blake@example.com",
    resumeText:
      "Junior developer who has built a few internal tools in PHP. Interested in learning backend engineering.",
    answers: [
      [
        "Um, I'd basically just use a cache.",
        "Like, Redis or something.",
        "And you know, clear it when stuff changes, I guess.",
      ],
      [
        "Basically you make sure it doesn't run twice.",
        "Um, maybe with a lock or something.",
        "I'm not totally sure, to be honest.",
      ],
      [],
      [
        "Um, I don't think I've really had a big outage.",
        "There was one time a test failed and, basically, I fixed it the next day.",
        "So yeah, nothing major.",
      ],
      [
        "I just kind of explain it in simple words.",
        "Usually they get it, I mean, most of the time.",
        "Um, yeah.",
      ],
    ],
  },
];

/**
 * What the demo candidate "Jordan Lee" types in the browser test and the README walkthrough: each
 * scores as excellent and tells a different story from Avery's, so the answer bank keeps both.
 */
export const demoTypedAnswers: readonly string[] = [
  "For a read-heavy service I'd walk through it in layers. First, I'd check what can be cached at the edge: for a public pricing API we ran, Cloudflare with a Cache-Control max-age of 60 seconds absorbed about 60% of traffic before it ever reached us. Behind that, an in-process LRU for the hottest 10,000 keys and a shared Memcached tier for the rest. To keep the cache consistent with the database, I prefer versioned keys: each row carries a version column, writes bump it, and readers build the key from the version, so stale entries simply stop being read and age out. The failure modes I plan for are thundering herds, reading your own write too early, and the cache cluster failing. For instance, we served stale-while-revalidate for up to 5 minutes, so a Memcached outage meant slightly old prices instead of a database meltdown, and a bulkhead capped database concurrency at 20 connections. As a result, we absorbed a 4x spike on launch day with the primary MySQL at 30% CPU. I learned that invalidation has to be designed before the cache, not bolted on after the first stale-data bug.",
  "I make an operation idempotent by giving it an identity and making the state change conditional on that identity. A concrete example is a warehouse system where we processed Kafka events that reserved stock for orders. Kafka gives at-least-once delivery, so after a consumer rebalance the same event could be processed two or three times. First, we derived a deterministic key from the business data, the order ID plus line number, instead of trusting the message offset. Then each reservation became a conditional write in DynamoDB, put-if-not-exists on that key, so a replay failed the condition check and turned into a no-op that still acknowledged the message. For changes that aren't naturally idempotent, such as decrementing a counter, we stored the applied event IDs in the same item as the counter and used a transaction, therefore the check and the update could never split. Webhook callbacks from our payment provider got the same treatment, keyed by their event ID. As a result, the nightly reconciliation job went from flagging about 150 mismatched reservations a week to 0, and I learned to test idempotency directly by replaying a full day of events against staging.",
  "When p99 doubles and the average doesn't move, I assume a tail problem: a small share of requests are waiting on something, so I investigate the slow requests specifically. First, I'd pull traces above the old p99 for that endpoint from Honeycomb and look at where the time goes, since in a tail problem it's usually waiting, not computing. Then I'd check whether the slow requests cluster by pod, by time of day, or by downstream call, rather than staring at averages, and compare latency against the metrics from before yesterday's deploy. In one case at a logistics company, the deploy bumped a JSON library and raised heap usage, so the JVM started doing 300 ms G1 pauses every few seconds; averages looked normal because only requests that overlapped a pause were slow. We confirmed it by correlating GC logs with the slow trace IDs, rolled back, and later fixed it by cutting allocations in the hot path. Another time the cause was a connection pool cut from 50 to 10 in a config refactor, which only hurt under bursts. As a result of the GC fix, p99 went from 1.2 seconds back to 450 ms, and we added a canary stage that compares p99, not just the mean, before a deploy is promoted. I learned that a tail problem is found in the slowest traces, never in the averages.",
  "Two years ago I ran a backfill script meant to normalise customer addresses, and because of a missing WHERE clause it overwrote about 18,000 shipping addresses in production. That mistake was mine and I was responsible for it: I had reviewed the logic but ran it without a dry-run flag, and nobody else looked at the final command. In the moment, I stopped the job as soon as the row count looked wrong, told my lead and the support team within 5 minutes, and paused outbound shipping so no parcels went to bad addresses. Then I restored the affected rows from a point-in-time backup in Amazon RDS into a side table and copied back only the address columns, rather than doing a full restore, which would have lost the morning's new orders. Afterward I ran the postmortem and owned the fixes: every data script now goes through a small runner with dry-run by default, a required second reviewer, and a row limit that aborts the transaction. For example, the runner caught two risky scripts the following quarter. As a result, all 18,000 addresses were correct again within 3 hours, the outage delayed one shipping window and lost 0 orders, and I learned to treat one-off scripts with the same seriousness as production code; to me, that's what ownership means.",
  "At my previous company a sales director wanted to promise a large customer 99.99% uptime in the contract, and the trade-off was that going from 99.9% to 99.99% meant a multi-region setup costing roughly $40,000 a month more and about 4 months of work. Because he is non-technical, I translated the percentages into downtime he could picture: 99.9% is about 43 minutes a month, and 99.99% is about 4 minutes, which is less time than it takes us to notice an incident. Then I laid out three options on one slide, such as keeping 99.9% with service credits, promising 99.95% with faster failover, or the full multi-region build, each with its cost, timeline and risk to the deal. To make sure he understood what was at stake, I asked which option he would defend to the customer and why, and I joined the next call with him. As a result, he negotiated 99.95% with credits, the deal closed, and we avoided a rushed architecture change. I learned that a stakeholder doesn't need the technical detail; they need the consequence in their own units, so I explain a complex trade-off as a choice between outcomes.",
];
