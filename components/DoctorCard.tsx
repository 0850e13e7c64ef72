// When hand cramps deserve a doctor's look.

import { DOCTOR_CARD } from '@/utils/tips';

export function DoctorCard() {
  return (
    <section class="card doctor" aria-labelledby="doctor-heading">
      <h2 id="doctor-heading">{DOCTOR_CARD.title}</h2>
      <p>{DOCTOR_CARD.intro}</p>
      <ul>
        {DOCTOR_CARD.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}
