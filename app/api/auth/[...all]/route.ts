import { getAuth } from "@/lib/auth/better-auth";

// GET|POST /api/auth/* – better-auth: sign-in, sign-out and session endpoints
export async function GET(req: Request) {
  return (await getAuth()).handler(req);
}

export async function POST(req: Request) {
  return (await getAuth()).handler(req);
}
