// When hand cramps deserve a doctor's look, behind one disclosure; `forward` opens it, for a
// caller that knows it matters now (such as a check-in that hears of numbness or pain).

import { doctorCard } from '@/utils/words/content-text';

export function DoctorCard({ forward = false }: { forward?: boolean }) {
  const { title, intro, reasons } = doctorCard();
  return (
    <details class="disclosure doctor" open={forward}>
      <summary>{title}</summary>
      <p>{intro}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
