"use client";
import { type ChangeEvent, useState } from "react";
import type { BatchInviteResult, CsvPreview } from "@/lib/batch-invites/schemas";
import { buttonClass, inputClass, secondaryButtonClass } from "../../../../_components/page-header";
import { BatchResult } from "./batch-result";
import { createBatch } from "./create-batch";
import { PreviewTable } from "./preview-table";
import { readCsvPreview } from "./read-csv-preview";

const columnsHelp = "name,email,resume,external_candidate_id,external_application_id,time_zone";

/** Upload or paste → check every row → create the ready ones → the links. */
export function InviteManyForm({ positionId }: { positionId: string }) {
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<(CsvPreview & { key: string }) | null>(null);
  const [sendInvitations, setSendInvitations] = useState(true);
  const [result, setResult] = useState<BatchInviteResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
  }

  async function checkRows() {
    setIsPending(true);
    setError(null);
    const checked = await readCsvPreview({ positionId, csv });
    setIsPending(false);
    if (checked.ok) setPreview({ ...checked.data, key: crypto.randomUUID() });
    else setError(checked.message);
  }

  async function createReady() {
    if (!preview) return;
    setIsPending(true);
    setError(null);
    const created = await createBatch({
      positionId,
      candidates: preview.candidates,
      sendInvitations,
      idempotencyKey: preview.key,
    });
    setIsPending(false);
    if (created.ok) setResult(created.data);
    else setError(created.message);
  }

  if (result && preview) {
    return (
      <BatchResult
        positionId={positionId}
        result={result}
        candidates={preview.candidates}
        wereMailed={sendInvitations}
      />
    );
  }

  const problemRows = new Set(preview?.problems.map((problem) => problem.row)).size;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div>
        <label htmlFor="csv-file" className="block text-sm font-medium">
          CSV file
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={readFile}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
        />
      </div>
      <div>
        <label htmlFor="csv-text" className="block text-sm font-medium">
          Or paste the rows, header line first
        </label>
        <p id="csv-columns" className="mt-1 text-sm text-slate-600">
          Columns: <code className="font-mono break-all">{columnsHelp}</code>. Name and email are
          required; up to 1,000 rows.
        </p>
        <textarea
          id="csv-text"
          aria-describedby="csv-columns"
          rows={8}
          value={csv}
          onChange={(event) => {
            setCsv(event.currentTarget.value);
            setPreview(null);
          }}
          className={`${inputClass} font-mono`}
        />
      </div>
      <div>
        <button
          type="button"
          onClick={checkRows}
          disabled={isPending || csv.trim() === ""}
          className={preview ? secondaryButtonClass : buttonClass}
        >
          {isPending && !preview ? "Checking…" : "Check rows"}
        </button>
      </div>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="font-semibold">
            Preview
          </h2>
          <p role="status" className="mt-1 text-sm text-slate-700">
            {preview.candidates.length} rows read: {preview.readyCount} ready
            {problemRows > 0 ? `, ${problemRows} with a problem (skipped)` : ""}.
          </p>
          {preview.problems
            .filter((problem) => problem.row === 0)
            .map((problem) => (
              <p key={problem.field} role="alert" className="mt-2 text-sm text-red-800">
                {problem.message}
              </p>
            ))}
          {preview.candidates.length > 0 ? <PreviewTable preview={preview} /> : null}
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={sendInvitations}
                onChange={(event) => setSendInvitations(event.currentTarget.checked)}
                className="size-4"
              />
              Email each candidate their invitation
            </label>
            <button
              type="button"
              onClick={createReady}
              disabled={isPending || preview.readyCount === 0}
              className={buttonClass}
            >
              {isPending ? "Creating…" : `Create ${preview.readyCount} interviews`}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
