// One error boundary: a UserError carries a Chinese message that says what to fix and
// maps to exit code 1 / HTTP 4xx; anything else is internal (exit 2, HTTP 500).

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;

export interface UserErrorDetails {
  /** The answers field, CLI flag or file the message is about. */
  readonly field?: string;
  readonly file?: string;
  readonly line?: number;
}

/** Something the user can fix. The message is Chinese and says how. */
export class UserError extends Error {
  override readonly name = "UserError";
  readonly field: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(message: string, details: UserErrorDetails = {}) {
    super(message);
    this.field = details.field;
    this.file = details.file;
    this.line = details.line;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
