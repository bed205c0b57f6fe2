import {
  acceptedInvitationSchema,
  acceptInvitationAsNewUserSchema,
  invitationViewSchema,
} from "@/lib/workspaces/schemas";
import { positionAssignmentsSchema } from "../../positions/[id]/assignments/schema";
import type { OperationSpec } from "../operation-spec";
import { uuidPathParam } from "../path-params";

const invitationIdParams = { id: uuidPathParam("invitation") };
const positionIdParams = { id: uuidPathParam("position") };
const positionWriters =
  "Members whose role holds `position:write` (owner, admin, recruiter); evaluators get 403.";

export const workspaceTeamOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/invitations/{id}",
    summary: "The workspace invitation behind an emailed link",
    description:
      "For whoever holds the link (the id is a random UUID). `accountExists` tells the page which way to go: sign in and accept with `POST /api/auth/organization/accept-invitation`, or create the account with `POST /api/invitations/{id}/accept`. `status` is `expired` for a pending invitation past `expiresAt` (7 days).",
    tag: "Workspace",
    access: "public",
    pathParams: invitationIdParams,
    success: { status: 200, description: "The invitation.", schema: invitationViewSchema },
  },
  {
    method: "post",
    path: "/api/invitations/{id}/accept",
    summary: "Create an account from an invitation and join its workspace with its role",
    description:
      "For an invitee without an account. The address is the invited one and counts as verified (the link was mailed to it); sign in next with `POST /api/auth/sign-in/email`. Works once.",
    tag: "Workspace",
    access: "public",
    pathParams: invitationIdParams,
    body: {
      schema: acceptInvitationAsNewUserSchema,
      example: { name: "Grace Hopper", password: "a long passphrase" },
    },
    success: {
      status: 201,
      description: "The account, and the workspace it joined.",
      schema: acceptedInvitationSchema,
    },
    errors: {
      409: "`conflict`: the invitation is already accepted, withdrawn, declined or expired, or an account with the invited address exists (sign in, then accept).",
    },
  },
  {
    method: "get",
    path: "/api/positions/{id}/assignments",
    summary: "The evaluators assigned to a position",
    description: positionWriters,
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: positionIdParams,
    success: {
      status: 200,
      description: "Their user ids.",
      schema: positionAssignmentsSchema,
    },
  },
  {
    method: "put",
    path: "/api/positions/{id}/assignments",
    summary: "Set the evaluators assigned to a position (the whole list)",
    description: `${positionWriters} Each member who gains or loses the position sees it on their next request.`,
    tag: "Positions",
    access: { member: "position:write" },
    pathParams: positionIdParams,
    body: { schema: positionAssignmentsSchema, example: { userIds: ["k3v9…"] } },
    success: {
      status: 200,
      description: "The assigned evaluators' user ids, as stored.",
      schema: positionAssignmentsSchema,
    },
    errors: {
      422: "`unprocessable_entity`: the input does not match the schema, or a user id is not an evaluator of this workspace.",
    },
  },
];
