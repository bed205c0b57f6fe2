import fs from "node:fs";
import path from "node:path";
import { isMethodNotServed, routeMethods } from "@/lib/http/methods-not-served";

const apiDir = path.resolve(import.meta.dirname, "..");

export type ApiRouteModule = {
  /** The file, relative to app/api. */
  file: string;
  /** "/api/path/{param}", the way the OpenAPI document writes it. */
  urlPath: string;
  handlers: Record<string, unknown>;
  /** The methods it serves: the ones its own handlers answer, not methodsNotServed's 405s. */
  served: string[];
};

/** Every route file under app/api, loaded. */
export async function loadApiRouteModules(): Promise<ApiRouteModule[]> {
  const files = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const handlers: Record<string, unknown> = await import(path.join(apiDir, file));
      const urlPath = `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(
        /\[([^\]]+)\]/g,
        "{$1}",
      );
      const served = routeMethods.filter(
        (method) => method in handlers && !isMethodNotServed(handlers[method]),
      );
      return { file, urlPath, handlers, served };
    }),
  );
}

/** Every handler under app/api as "METHOD /api/path/{param}", read from the route files. */
export async function listApiRoutes(): Promise<string[]> {
  const modules = await loadApiRouteModules();
  return modules.flatMap(({ urlPath, served }) => served.map((m) => `${m} ${urlPath}`)).sort();
}
