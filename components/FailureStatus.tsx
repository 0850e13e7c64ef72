// Where a page says that an action failed: a short line announced to screen readers at once.

export function FailureStatus({ message }: { message: string | null }) {
  return (
    <p class="failure-status" role="alert">
      {message ?? ''}
    </p>
  );
}
