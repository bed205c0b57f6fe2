// Loaded by vitest.config.ts, hence plain JavaScript: the config loader wants file extensions.
import path from "node:path";

/**
 * `interviews/[id]/route.ts` (relative to app/api) → `/api/interviews/{id}`; `[...all]` → `{all}`;
 * route groups vanish. Null for a file under a `_` folder, which the App Router does not serve.
 * @param {string} routeFile
 * @returns {string | null}
 */
export function toRouteUrlPath(routeFile) {
  const segments = path
    .dirname(routeFile)
    .split(path.sep)
    .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
  if (segments.some((segment) => segment.startsWith("_"))) return null;
  const params = segments.map((segment) =>
    segment.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, "{$1}"),
  );
  return `/api/${params.join("/")}`;
}

/**
 * Appends to each app/api/**\/route.ts, in tests only, a line that registers its exported
 * handlers under its URL template, so callRoute knows which documented operation it called
 * without any test saying so.
 * @param {{ root: string }} options
 * @returns {import("vitest/config").Plugin}
 */
export function routeRegistryPlugin(options) {
  const apiDir = path.join(options.root, "app", "api");
  const registry = path.join(options.root, "tests", "support", "route-registry.ts");
  return {
    name: "route-registry",
    transform(code, id) {
      const file = id.split("?")[0] ?? id;
      if (path.basename(file) !== "route.ts" || !file.startsWith(`${apiDir}${path.sep}`)) return;
      const urlPath = toRouteUrlPath(path.relative(apiDir, file));
      if (!urlPath) return;
      // A module may import itself: by the time the last line runs, its exports are all defined.
      const registration = [
        `import * as __routeModule from ${JSON.stringify(file)};`,
        `import { registerRouteModule as __registerRouteModule } from ${JSON.stringify(registry)};`,
        `__registerRouteModule(${JSON.stringify(urlPath)}, __routeModule);`,
      ].join("\n");
      return { code: `${code}\n${registration}\n`, map: null };
    },
  };
}
