import type { CallResult } from "@/tests/support/call-route";
import type { Expectations } from "./callers";
import type { World } from "./world";

export type Params = Record<string, string>;

export type RouteCase = {
  /** "METHOD /api/path/{param}", as listApiRoutes names the handler. */
  name: string;
  expectations: Expectations;
  /** The path's ids; the wrong-id cases swap each for an unknown and a malformed one. */
  params?: (world: World) => Params;
  /** Ids of the right kind that belong to another interview of the same company. */
  foreignParams?: (world: World) => Params;
  call: (request: {
    token: string | undefined;
    params: Params;
    world: World;
  }) => Promise<CallResult>;
};
