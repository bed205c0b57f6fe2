"use client";
import { useRouter } from "next/navigation";
import { sendJson } from "./send-json";
import { useSendAction } from "./use-send-action";

/**
 * A settings form's save: sends the change, says "Saved." and re-renders the server page so it
 * shows what is now stored.
 */
export function useSaveAction() {
  const router = useRouter();
  const { isPending, message, setMessage, run } = useSendAction();

  async function save(url: string, method: "PATCH" | "PUT", body: unknown) {
    const result = await run(
      () => sendJson(url, { method, body }),
      () => "Saved.",
    );
    if (result.ok) router.refresh();
  }

  return { isPending, message, setMessage, save };
}
