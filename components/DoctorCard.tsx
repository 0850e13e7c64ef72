// When hand cramps deserve a doctor's look.

import { doctorCard } from '@/utils/words/content-text';

export function DoctorCard() {
  const { title, intro, reasons } = doctorCard();
  return (
    <section class="card doctor" aria-labelledby="doctor-heading">
      <h2 id="doctor-heading">{title}</h2>
      <p>{intro}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}
