/** Every error the API can return; the set is closed so the UI can react to each code. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** A Chinese sentence for the user that says what to do. */
  message: string;
  /** Field path (dot separated) -> message, for BAD_INPUT. */
  fields?: Record<string, string>;
  /** The id of an unexpected error in the data folder's log (错误编号), for INTERNAL. */
  ref?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Builds a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a failed result. */
export const fail = (
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): { ok: false; error: AppError } => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

/** An error a handler throws to end the call with a typed failure. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
