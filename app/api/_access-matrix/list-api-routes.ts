import fs from "node:fs";
import path from "node:path";

const apiDir = path.resolve(import.meta.dirname, "..");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every handler under app/api as "METHOD /api/path/{param}", read from the route files. */
export async function listApiRoutes(): Promise<string[]> {
  const files = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts");
  const routes = await Promise.all(
    files.map(async (file) => {
      const handlers: Record<string, unknown> = await import(path.join(apiDir, file));
      const urlPath = `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(
        /\[([^\]]+)\]/g,
        "{$1}",
      );
      return methods.filter((method) => method in handlers).map((m) => `${m} ${urlPath}`);
    }),
  );
  return routes.flat().sort();
}
