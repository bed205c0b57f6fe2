/** Parts finalised after the report was opened (right after completion) are not listed yet. */
export function RecordingsPreparingNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p
      role="status"
      data-testid="recordings-preparing"
      className="rounded-md border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900 print:hidden"
    >
      {count === 1 ? "1 answer recording is" : `${count} answer recordings are`} still being
      prepared and will play here in a moment: reload the page.
    </p>
  );
}
