"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { maxNoticeBodyChars } from "@/lib/compliance/notice/schemas";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";

/** The notice's text in one language; saving a changed text adds a version. */
export function NoticeTextForm(props: { language: "en" | "ko"; current: string }) {
  const router = useRouter();
  const textId = useId();
  const [body, setBody] = useState(props.current);
  const { isPending, message, run } = useSendAction();

  async function save() {
    const result = await run(
      () => sendJson<unknown>("/api/ai-notices", { body: { language: props.language, body } }),
      () => "Saved.",
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={textId} className="block text-sm font-medium">
        Notice text ({props.language})
      </label>
      <textarea
        id={textId}
        value={body}
        rows={14}
        maxLength={maxNoticeBodyChars}
        onChange={(event) => setBody(event.target.value)}
        className={inputClass}
      />
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={isPending || body.trim() === ""}>
          Save notice
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
