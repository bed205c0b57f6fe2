import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUseError } from "./data-dir-lock";

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function newDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-test-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}

describe("acquireDataDirLock", () => {
  it("refuses a second process while the first holds the folder, naming the holder", async () => {
    const dataDir = newDataDir();
    const release = acquireDataDirLock(dataDir);
    const script = `import { acquireDataDirLock } from ${JSON.stringify(path.resolve("db/data-dir-lock.ts"))};
      try { acquireDataDirLock(${JSON.stringify(dataDir)}); console.log("acquired"); }
      catch (error) { console.log(error.name + ": " + error.message); }`;
    const { stdout } = await run("npx", ["tsx", "-e", script]);
    expect(stdout).toContain(
      `DataDirInUseError: The embedded database at ${dataDir} is in use by process ${process.pid}`,
    );
    release();
    const after = await run("npx", ["tsx", "-e", script]);
    expect(after.stdout.trim()).toBe("acquired");
  }, 30_000);

  it("takes over a lock left by a process that is gone", () => {
    const dataDir = newDataDir();
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const release = acquireDataDirLock(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("throws DataDirInUseError for a live holder in this process's view", () => {
    const dataDir = newDataDir();
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirInUseError);
  });
});
