/** Bad usage or an unreadable input: exit code 2, message for the user. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
