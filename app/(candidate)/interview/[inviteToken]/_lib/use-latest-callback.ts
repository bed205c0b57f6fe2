"use client";
import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * A function that never changes but always calls the latest `callback`: for long-lived objects
 * created once (the socket, the audio worklet, a poll timer) that report into state that changes.
 */
export function useLatestCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
