// `npm run check:deps`: dependencies run one way, app → inngest → lib → db. The top-level entry
// points (app/, scripts/, instrumentation.ts, proxy.ts) sit with app; tests, test support and
// benchmarks may import anything, so they are left out of the graph's rules.
const testFiles = "(\\.test\\.ts$|^tests/|^bench/)";

/** A rule forbidding imports from `from` into any of `to`, unless the importer is a test. */
function forbid(name, from, to, comment) {
  return {
    name,
    comment,
    severity: "error",
    from: { path: from, pathNot: testFiles },
    to: { path: `^(${to.join("|")})(/|$)` },
  };
}

const topLevel = ["app", "scripts", "instrumentation\\.ts", "proxy\\.ts"];

module.exports = {
  forbidden: [
    forbid("inngest-not-to-app", "^inngest/", topLevel, "inngest/ runs below the app."),
    forbid(
      "lib-not-up",
      "^lib/",
      [...topLevel, "inngest"],
      "lib/ is plain functions: it neither dispatches jobs nor knows the routes.",
    ),
    forbid(
      "db-not-up",
      "^db/",
      [...topLevel, "inngest", "lib"],
      "db/ is what the database is: it imports none of the app.",
    ),
    forbid(
      "lib-db-not-http",
      "^lib/db/",
      ["lib/http"],
      "lib/db speaks the domain (DomainError); lib/http maps it to statuses.",
    ),
    {
      name: "no-circular",
      comment: "A cycle makes module order decide what is undefined at import time.",
      severity: "error",
      from: { pathNot: testFiles },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // The tsconfig paths plugin assumes baseUrl ".", which would resolve the bare "inngest" package
    // to our own inngest/ folder and report cycles that do not exist: leave that package unresolved.
    builtInModules: { add: ["inngest"] },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mjs", ".js", ".cjs", ".d.ts"],
    },
  },
};
