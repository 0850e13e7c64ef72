// Failures made visible: the one way Handrest reports that something it was doing went wrong.
// The background logs there (its service-worker or event-page console is where extension
// developers look); pages also show a short status next to the action. The log is passed in.

export type FailureLog = (message: string, error: unknown) => void;

/** Logs that `doing` failed (for example "handling a keystroke report"), with the error. */
export function reportFailure(doing: string, error: unknown, log: FailureLog = console.error): void {
  log(`Handrest: ${doing} failed.`, error);
}
