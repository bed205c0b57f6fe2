"use client";
import { useEffect, useState } from "react";

/**
 * The submit button of a signed-out form. Until React has hydrated, a click would submit the form
 * natively (a GET with the password in the URL), so it stays off till then.
 */
export function AuthSubmitButton(props: {
  label: string;
  pendingLabel: string;
  isPending: boolean;
}) {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  return (
    <button
      type="submit"
      disabled={props.isPending || !isHydrated}
      className="w-full rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-60"
    >
      {props.isPending ? props.pendingLabel : props.label}
    </button>
  );
}
