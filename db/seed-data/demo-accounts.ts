// The demo company, its people and its positions. Passwords are for local demos only.
export const demoCompanies = {
  main: {
    name: "Acme Robotics (demo)",
    description: "Builds warehouse robots. The seeded demo company.",
    website: "https://example.com/acme",
    // On in the demo so a fresh clone shows recordings on the report (a new company starts off).
    recordingMode: "audio",
  },
  other: {
    name: "Globex (demo)",
    description: "A second demo company: proves one company cannot read another's data.",
    website: "https://example.com/globex",
  },
} as const;

export const demoUsers = {
  recruiter: {
    email: "recruiter@acme.example",
    name: "Riley Recruiter",
    password: "demo-recruiter-password",
  },
  operator: {
    email: "operator@acme.example",
    name: "Olive Operator",
    password: "demo-operator-password",
  },
  otherRecruiter: {
    email: "recruiter@globex.example",
    name: "Gale Globex",
    password: "demo-globex-password",
  },
} as const;

export const demoPositions = [
  {
    title: "Senior Backend Engineer",
    description:
      "Design, build and run the services behind our fleet: APIs, data pipelines and the systems that keep robots moving.",
    competencies: [
      "system-design",
      "technical-depth",
      "problem-solving",
      "ownership",
      "communication",
      "collaboration",
    ],
    language: "en",
  },
  {
    title: "프로덕트 매니저",
    description: "물류 로봇 운영 대시보드의 제품 방향을 정하고, 데이터로 우선순위를 결정합니다.",
    competencies: ["product-sense", "data-analysis", "communication", "collaboration"],
    language: "ko",
  },
] as const;

export const demoCandidate = { email: "jordan.lee@example.com", name: "Jordan Lee" } as const;
