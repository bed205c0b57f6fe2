export type FormMessageState = { isError: boolean; text: string } | null;

/** A form's outcome beside its button: announced at once when it is an error, politely when not. */
export function FormMessage({ message }: { message: FormMessageState }) {
  if (!message) return null;
  return (
    <p
      role={message.isError ? "alert" : "status"}
      className={`text-sm ${message.isError ? "text-red-800" : "text-emerald-800"}`}
    >
      {message.text}
    </p>
  );
}
