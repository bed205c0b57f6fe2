// Everything the benchmark starts registers its stop here, so a failure or Ctrl-C in any part
// still stops redis-server, the pglite socket and both `next start` process groups.
import type { ChildProcess } from "node:child_process";

type Task = { label: string; run: () => Promise<void> };

const tasks: Task[] = [];
// Synchronous last resort for an exit we did not see coming (an uncaught throw in a callback).
const onExitKills = new Set<() => void>();

export function onCleanup(label: string, run: () => Promise<void>): void {
  tasks.push({ label, run });
}

export function onExitKill(kill: () => void): () => void {
  onExitKills.add(kill);
  return () => onExitKills.delete(kill);
}

/** Stops in reverse order of start; one failing stop does not keep the others running. */
export async function cleanup(): Promise<void> {
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    try {
      await task.run();
    } catch (error) {
      console.error(`cleanup: stopping ${task.label} failed:`, error);
    }
  }
}

export function installExitHandlers(): void {
  process.once("exit", () => {
    for (const kill of onExitKills) kill();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything the benchmark started`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

export function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // The whole group, even when its leader has gone: next-server may outlive it.
    if (child.pid) process.kill(-child.pid, signal);
  } catch {}
}

/** Resolves once no process of the group is left (its leader's exit does not mean its children's). */
export async function waitForGroupExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (child.pid) process.kill(-child.pid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
