// A polite live region: screen readers hear a status change once, not a clock every second.

export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <p class="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
