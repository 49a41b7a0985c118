/** A problem with what the user gave us: printed as one line, exit code 2, never a stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Process exit code for this error. */
  readonly exitCode = 2;
}
