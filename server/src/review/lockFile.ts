// A lock file (`<review>.lock`, created with O_EXCL) so that two processes never write one review
// file at once. A lock left by a crashed process is broken when its owner is gone or it is stale.
import { closeSync, openSync, readFileSync, renameSync, linkSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { ReviewFileError } from "./reviewFileError";

export interface LockOptions {
  /** Give up waiting after this long (ms); the user sees a "locked" error and nothing is lost. */
  timeoutMs: number;
  /** A lock older than this (ms) is taken to be left over; writes hold it for milliseconds. */
  staleMs: number;
}

export const defaultLockOptions: LockOptions = { timeoutMs: 5000, staleMs: 15000 };

/** Runs `work` while holding the lock of `path`; the lock is released even when `work` throws. */
export async function withLock<T>(path: string, options: LockOptions, work: () => T): Promise<T> {
  const lockPath = `${path}.lock`;
  const token = `${process.pid}@${hostname()} ${randomUUID()}`;
  const deadline = Date.now() + options.timeoutMs;
  for (let attempt = 0; !tryCreateLock(lockPath, token); attempt++) {
    if (breakAbandonedLock(lockPath, options.staleMs)) continue;
    if (Date.now() > deadline) {
      throw new ReviewFileError(path, "locked", `is locked by another program (${lockPath}); try again, or delete the lock file if no seed-review is running`);
    }
    // Back off a little more each time, with jitter so two waiters do not retry in step.
    await new Promise((r) => setTimeout(r, Math.min(100, 5 + attempt * 5) + Math.random() * 10));
  }
  try {
    return work();
  } finally {
    releaseLock(lockPath, token);
  }
}

function tryCreateLock(lockPath: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, "wx");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    throw new ReviewFileError(lockPath, code === "EACCES" || code === "EPERM" || code === "EROFS" ? "read-only" : "io", `cannot create the lock file (${code}); the review was not changed`);
  }
  try { writeSync(fd, token); } finally { closeSync(fd); }
  return true;
}

/** Only our own token is removed, so a lock someone broke and re-took is not released by us. */
function releaseLock(lockPath: string, token: string): void {
  try {
    if (readFileSync(lockPath, "utf8") === token) unlinkSync(lockPath);
  } catch { /* already gone */ }
}

/**
 * Removes the lock when its owner process (on this host) is dead or it is older than `staleMs`.
 * It is renamed aside first and checked: if another waiter replaced it meanwhile, it is put back.
 */
function breakAbandonedLock(lockPath: string, staleMs: number): boolean {
  let seen: string;
  try {
    seen = readFileSync(lockPath, "utf8");
    const age = Date.now() - statSync(lockPath).mtimeMs;
    if (age < staleMs && isOwnerAlive(seen)) return false;
  } catch {
    return true; // it vanished: retry at once
  }
  const aside = `${lockPath}.${randomUUID()}.broken`;
  try { renameSync(lockPath, aside); } catch { return true; }
  try {
    if (readFileSync(aside, "utf8") !== seen) linkSync(aside, lockPath);
  } catch { /* a new lock exists already: leave it */ }
  try { unlinkSync(aside); } catch { /* ignore */ }
  return true;
}

function isOwnerAlive(token: string): boolean {
  const match = /^(\d+)@(\S+) /.exec(token);
  // A lock being written has no token yet, and a lock from another host cannot be checked: trust the age.
  if (!match || match[2] !== hostname()) return true;
  try {
    process.kill(Number(match[1]), 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
