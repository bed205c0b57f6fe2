// Which route file a handler came from: filled by route-registry-plugin as each
// app/api/**/route.ts loads in a test, read by callRoute to find the handler's OpenAPI operation.
import { isMethodNotServed } from "@/lib/http/methods-not-served";

export type RouteOperation = { path: string; method: string };

const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const operations = new WeakMap<object, RouteOperation>();

export function registerRouteModule(path: string, routeModule: Record<string, unknown>): void {
  for (const method of httpMethods) {
    const handler = routeModule[method];
    // A 405 of a method the route does not serve is no operation of the document.
    if (typeof handler === "function" && !isMethodNotServed(handler) && !operations.has(handler)) {
      operations.set(handler, { path, method: method.toLowerCase() });
    }
  }
}

export function findRouteOperation(handler: object): RouteOperation | undefined {
  return operations.get(handler);
}
