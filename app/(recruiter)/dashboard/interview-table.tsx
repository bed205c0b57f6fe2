type InterviewRow = {
  id: string;
  candidateName: string;
  candidateEmail: string;
  positionTitle: string;
  status: string;
  createdAt: string;
};

export function InterviewTable({ rows }: { rows: InterviewRow[] }) {
  if (rows.length === 0) return <p className="mt-3 text-slate-600">No interviews yet.</p>;
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Candidate
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Position
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Created
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100">
              <td className="px-4 py-2">
                <span className="font-medium">{row.candidateName}</span>
                <span className="block text-slate-600">{row.candidateEmail}</span>
              </td>
              <td className="px-4 py-2">{row.positionTitle}</td>
              <td className="px-4 py-2">
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium">
                  {row.status.replace("_", " ")}
                </span>
              </td>
              <td className="px-4 py-2 text-slate-600">{row.createdAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
