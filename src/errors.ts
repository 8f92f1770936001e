// Errors a user can act on. Anything that is a SarabanError is shown as its message (no stack
// trace); any other error is a bug and is shown with its stack.

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class SarabanError extends Error {
  constructor(
    message: string,
    readonly location?: SourceLocation,
    readonly hint?: string,
    /** Process exit code: 2 for bad input (data, template, arguments). */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'SarabanError';
  }

  /** "file:line:col: message\n  hint" */
  format(): string {
    const where = this.location
      ? `${this.location.file}${this.location.line ? `:${this.location.line}` : ''}${this.location.column ? `:${this.location.column}` : ''}: `
      : '';
    return `${where}${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}
