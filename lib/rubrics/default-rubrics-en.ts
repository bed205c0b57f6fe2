import type { BuiltInCompetency } from "@/lib/competencies/registry";
import type { RubricCriterion } from "./schemas";

// English default BARS per built-in competency (lib/competencies/registry.ts). Anchors describe what the candidate says in the answer, so a
// scorer can judge them from the transcript alone. Keys must match default-rubrics-ko.ts.
export const defaultRubricsEn: Record<BuiltInCompetency, RubricCriterion[]> = {
  "system-design": [
    {
      key: "requirements_scale",
      name: "Requirements and scale",
      description: "Whether the candidate pins down requirements and load before designing.",
      anchors: {
        "1": "Starts naming components or technologies without stating requirements, scale or constraints.",
        "3": "States the main functional requirements and a rough scale, but the numbers do not shape later choices.",
        "5": "Clarifies functional and non-functional requirements, estimates load (e.g. requests per second, data size) and uses those numbers to justify design choices.",
      },
    },
    {
      key: "components_data_flow",
      name: "Components and data flow",
      description: "Whether the design is concrete enough to follow a request through it.",
      anchors: {
        "1": "Lists boxes or products without explaining what each does or how a request moves between them.",
        "3": "Describes the main components and the request path, but leaves the data model or storage choice vague.",
        "5": "Walks a request through the system end to end, names the data model and storage for each part, and says what each component is responsible for.",
      },
    },
    {
      key: "trade_offs",
      name: "Trade-offs",
      description:
        "Whether the candidate compares options and explains why one fits these requirements.",
      anchors: {
        "1": "Presents one design as the answer, with no alternatives and no stated costs.",
        "3": "Names alternatives (e.g. two algorithms or databases) but compares them only in general terms.",
        "5": "Compares at least two options on consistency, latency, cost or operational load, says why the chosen one wins here, and when it would stop being the right choice.",
      },
    },
    {
      key: "failure_modes",
      name: "Failure modes and growth",
      description:
        "Whether the candidate plans for failures and names where the design breaks first.",
      anchors: {
        "1": "Does not mention what happens when a component fails or traffic grows.",
        "3": "Mentions generic measures (replication, retries, a load balancer) without tying them to specific failure scenarios.",
        "5": "Names concrete scenarios (e.g. provider outage, cache stampede, one oversized tenant), how the design detects and handles each, and which part becomes the bottleneck first as load grows.",
      },
    },
  ],
  "technical-depth": [
    {
      key: "accuracy",
      name: "Accuracy",
      description: "Whether what the candidate says about the technology is correct and precise.",
      anchors: {
        "1": "Makes incorrect statements or confuses related concepts (e.g. isolation with consistency, at-least-once with exactly-once).",
        "3": "Explains the concept correctly at a textbook level, with small gaps or loose terminology.",
        "5": "Explains the concept correctly and precisely, including its guarantees and limits (e.g. which anomalies each isolation level allows).",
      },
    },
    {
      key: "underlying_mechanics",
      name: "Underlying mechanics",
      description:
        "Whether the candidate can explain why it works, one or more levels below the definition.",
      anchors: {
        "1": "Stays at definitions or buzzwords and cannot say why the behaviour happens.",
        "3": "Explains one level down (e.g. locks, indexes, offsets) but does not use it to reason about new cases.",
        "5": "Explains the internals that drive the behaviour (e.g. MVCC snapshots, B-tree lookups, consumer commits) and uses them to predict what happens in a situation the question did not spell out.",
      },
    },
    {
      key: "hands_on_evidence",
      name: "Hands-on evidence",
      description: "Whether the candidate backs the explanation with a real case they worked on.",
      anchors: {
        "1": "Gives no example, or only a hypothetical one.",
        "3": "Mentions a real situation where it mattered, with few details about the system, numbers or steps taken.",
        "5": "Describes a specific case: the system, what they observed or measured (e.g. a query plan, latency figures), the concrete steps they took and the result.",
      },
    },
    {
      key: "edge_cases_pitfalls",
      name: "Edge cases and pitfalls",
      description: "Whether the candidate knows how the approach fails and guards against it.",
      anchors: {
        "1": "Does not mention how the approach can fail or be misused.",
        "3": "Names common pitfalls in general terms (e.g. 'locks can be slow', 'messages can repeat').",
        "5": "Names specific failure conditions (e.g. lock contention during a backfill, duplicate delivery after a consumer crash) and how they prevent, detect or recover from each.",
      },
    },
  ],
  "problem-solving": [
    {
      key: "problem_framing",
      name: "Framing the problem",
      description:
        "Whether the candidate defines the symptom and separates facts from assumptions before acting.",
      anchors: {
        "1": "Jumps to a fix or a guess without clarifying the symptom or what changed.",
        "3": "Restates the symptom and some context, but does not separate known facts from assumptions.",
        "5": "Defines the symptom precisely (scope, timing, what changed), separates facts from assumptions, and states what would count as solved.",
      },
    },
    {
      key: "hypotheses_evidence",
      name: "Hypotheses and evidence",
      description:
        "Whether the investigation is driven by ranked hypotheses and the data that would test them.",
      anchors: {
        "1": "Lists things to try with no order and no reason for each.",
        "3": "Follows a sensible sequence of checks, but does not say why each comes next or what it would rule out.",
        "5": "Forms hypotheses, orders them by likelihood or cost to check, and names the data (logs, metrics, traces, recent diffs) that would confirm or rule out each.",
      },
    },
    {
      key: "course_correction",
      name: "Changing course",
      description:
        "Whether the candidate revises their view when evidence contradicts it and knows when to act.",
      anchors: {
        "1": "Sticks with the first idea; never mentions evidence that contradicted it.",
        "3": "Mentions changing approach, but not what evidence triggered the change.",
        "5": "Describes the specific evidence that changed their mind, how they revised the hypothesis, and how they judged they knew enough to act.",
      },
    },
    {
      key: "resolution_prevention",
      name: "Resolution and prevention",
      description: "Whether the candidate verifies the fix and stops the problem from coming back.",
      anchors: {
        "1": "Does not say how the problem was resolved or whether the fix worked.",
        "3": "Describes the fix, but not how it was verified or how a repeat is prevented.",
        "5": "Describes the fix, how it was verified (e.g. the metric back at its baseline), and a concrete follow-up that prevents a repeat (a test, an alert, a process change).",
      },
    },
  ],
  ownership: [
    {
      key: "own_actions",
      name: "Own actions",
      description: "Whether the candidate makes clear what they personally decided and did.",
      anchors: {
        "1": "Describes what the team or others did; the candidate's own part is unclear.",
        "3": "Names own actions, but not the decisions behind them.",
        "5": "Names own decisions and actions, why they were chosen, and what they changed.",
      },
    },
    {
      key: "initiative",
      name: "Initiative",
      description: "Whether the candidate takes on problems nobody assigned and sees them through.",
      anchors: {
        "1": "Acts only when asked; the problem is noticed or driven by someone else.",
        "3": "Raises or picks up an unowned problem, but hands it off or drops it before it is resolved.",
        "5": "Spots a problem nobody owned, takes it on without being asked, and follows it through to a stated end point.",
      },
    },
    {
      key: "accountability",
      name: "Accountability",
      description: "Whether the candidate owns mistakes and risks plainly and acts on them.",
      anchors: {
        "1": "Blames others or circumstances, or avoids naming any mistake or risk.",
        "3": "Acknowledges their part, but says little about how they limited the damage or who they told.",
        "5": "States their part plainly, describes how they limited the impact and informed those affected, and names what they changed afterwards so it does not recur.",
      },
    },
    {
      key: "measured_outcome",
      name: "Measured outcome",
      description: "Whether the candidate shows the result of their ownership with evidence.",
      anchors: {
        "1": "Does not say how things ended, or only that it 'went well'.",
        "3": "Describes the outcome qualitatively, without numbers or a before-and-after comparison.",
        "5": "Gives a measured outcome against a baseline (e.g. pages per week, error rate, hours saved) and what they learned from it.",
      },
    },
  ],
  communication: [
    {
      key: "audience_adaptation",
      name: "Adapting to the audience",
      description:
        "Whether the candidate shapes the message around what the listener needs to know or decide.",
      anchors: {
        "1": "Does not say who the audience was or describes explaining it the same way to everyone.",
        "3": "Names the audience and avoids jargon, but does not say what they needed to decide or do.",
        "5": "Says what the audience needed to know or decide, and the specific choices made for them (framing, examples, level of detail, channel).",
      },
    },
    {
      key: "answer_clarity",
      name: "Clarity of the answer",
      description: "Whether the answer itself is structured and easy to follow.",
      anchors: {
        "1": "The answer wanders; it is hard to tell the situation, what they did or the point.",
        "3": "The answer has a clear point, but context, action or result is missing or out of order.",
        "5": "Leads with the main point, then gives context, their actions and the result in order, without detours.",
      },
    },
    {
      key: "transparency",
      name: "Candour about bad news and uncertainty",
      description: "Whether the candidate shares bad news and unknowns early and with options.",
      anchors: {
        "1": "Hides or delays bad news, or gives a firm promise with nothing behind it.",
        "3": "Shares the bad news or uncertainty, but late or without options for the listener.",
        "5": "Shares bad news early, separates what is known from what is not, and offers options or a range (e.g. a date range with its assumptions).",
      },
    },
    {
      key: "result_feedback",
      name: "Result and feedback",
      description: "Whether the candidate shows the communication worked and what they learned.",
      anchors: {
        "1": "Does not say whether the audience understood or what happened next.",
        "3": "Says the communication worked, without evidence.",
        "5": "Gives evidence it worked (a decision taken, a plan changed, fewer follow-up questions) and what they now do differently.",
      },
    },
  ],
  collaboration: [
    {
      key: "others_perspective",
      name: "Understanding others",
      description: "Whether the candidate can state other people's goals and constraints fairly.",
      anchors: {
        "1": "Describes the other party only as an obstacle; their position is not stated.",
        "3": "States the other side's position, but not the goals or constraints behind it.",
        "5": "Explains the other side's goals and constraints in their own terms and how that changed the candidate's approach.",
      },
    },
    {
      key: "resolving_disagreement",
      name: "Working through disagreement",
      description:
        "Whether disagreements are settled on shared criteria rather than by rank or avoidance.",
      anchors: {
        "1": "Settles the disagreement by escalating, overruling or giving in without discussion.",
        "3": "Describes a discussion that led to agreement, but not how the options were weighed.",
        "5": "Makes the disagreement concrete (shared criteria, data, a prototype or a time-boxed trial) and explains how both sides reached and accepted the decision.",
      },
    },
    {
      key: "own_contribution",
      name: "Own contribution",
      description:
        "Whether the candidate names what they personally did to help others work well together.",
      anchors: {
        "1": "Says 'we' throughout; the candidate's own part is unclear.",
        "3": "Names own actions (e.g. set up a meeting, wrote a doc) without saying why they helped.",
        "5": "Names specific things they did to make others effective (e.g. an API contract doc, pairing sessions, review guidelines) and why they chose them.",
      },
    },
    {
      key: "shared_outcome",
      name: "Shared outcome",
      description:
        "Whether the candidate reports results for both the work and the working relationship.",
      anchors: {
        "1": "Does not say how it turned out, or only what it meant for themselves.",
        "3": "Describes the result for the project, but not how the working relationship changed.",
        "5": "Describes the result for the work (e.g. shipped on time, fewer integration bugs) and for the relationship (e.g. how the teams work together now), with concrete evidence.",
      },
    },
  ],
  "product-sense": [
    {
      key: "user_problem",
      name: "User and problem",
      description:
        "Whether the candidate starts from a specific user and a problem backed by evidence.",
      anchors: {
        "1": "Talks about features or solutions without naming a user or the problem they have.",
        "3": "Names a target user and problem, but in general terms and without evidence.",
        "5": "Defines a specific user segment and problem, with evidence from research or data on how often and how badly it occurs.",
      },
    },
    {
      key: "prioritization",
      name: "Prioritisation",
      description: "Whether the candidate chooses between options with explicit criteria.",
      anchors: {
        "1": "Prioritises by gut feel or by who asked loudest, or does not explain the choice.",
        "3": "Names criteria (e.g. impact, effort) but does not apply them to the actual options.",
        "5": "Applies explicit criteria (user impact, business goal, cost, risk) to the actual options, says what was dropped and why, and how that was explained to those affected.",
      },
    },
    {
      key: "solution_trade_offs",
      name: "Solution trade-offs",
      description:
        "Whether the candidate weighs alternative solutions, including not building, against the problem.",
      anchors: {
        "1": "Proposes one solution, or builds exactly what was requested, with no alternatives or downsides.",
        "3": "Mentions an alternative or a downside, but does not weigh them against the user problem.",
        "5": "Compares alternatives (including doing nothing) against the user problem and says what was given up with the chosen one.",
      },
    },
    {
      key: "validation_learning",
      name: "Validation and learning",
      description: "Whether the candidate defines success up front and learns from actual results.",
      anchors: {
        "1": "Does not say how success would be known or what happened after launch.",
        "3": "Names a success metric or says results were checked, without an actual result.",
        "5": "Sets a success metric before launch, reports the actual result against it, and describes what they changed based on what they learned.",
      },
    },
  ],
  "data-analysis": [
    {
      key: "metric_choice",
      name: "Choosing metrics",
      description:
        "Whether the chosen metrics reflect the goal and are checked against ways they mislead.",
      anchors: {
        "1": "Names metrics without linking them to a goal, or relies on vanity metrics (e.g. sign-ups alone).",
        "3": "Links a main metric to the goal, but adds no guardrail metric and does not say how it could mislead.",
        "5": "Explains why the metric reflects the goal, pairs it with guardrail metrics, and names how it could be misleading.",
      },
    },
    {
      key: "analytical_approach",
      name: "Analytical approach",
      description: "Whether the candidate breaks a question down systematically before concluding.",
      anchors: {
        "1": "Jumps to a cause without checking the data.",
        "3": "Breaks the problem down (e.g. by segment or date) but in no clear order and without checking data quality.",
        "5": "First rules out tracking or data errors, then segments systematically (platform, version, channel, cohort) and says what each cut would show.",
      },
    },
    {
      key: "validity",
      name: "Rigour and validity",
      description: "Whether the candidate checks that a difference is real before acting on it.",
      anchors: {
        "1": "Treats any difference as meaningful; ignores sample size, seasonality or confounders.",
        "3": "Mentions significance or sample size, but does not apply it to the case at hand.",
        "5": "Addresses validity concretely (sample size or test length, significance, novelty effect, confounders or selection bias) and says how it affected the conclusion.",
      },
    },
    {
      key: "insight_to_decision",
      name: "From insight to decision",
      description:
        "Whether the analysis ends in a decision that weighs data and qualitative evidence.",
      anchors: {
        "1": "Stops at describing numbers; no decision or next step.",
        "3": "Draws a conclusion and a next step, but does not say what was uncertain or how other evidence was weighed.",
        "5": "States the decision the analysis led to, how data and qualitative evidence (e.g. user interviews) were weighed, the remaining uncertainty, and what happened as a result.",
      },
    },
  ],
};
