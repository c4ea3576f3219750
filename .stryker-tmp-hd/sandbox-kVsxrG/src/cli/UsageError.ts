/** Bad usage or an unreadable input: exit code 2, message for the user. */
// @ts-nocheck

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A file that cannot be read or written: exit code 2, the message names the file; no usage text. */
export class FileError extends UsageError {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "FileError";
  }
}
