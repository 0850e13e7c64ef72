// Hand-care tips, written in Handrest's own words from the points of the source article (a copy
// is in tests/support/hand-cramps-article.txt, where a test checks that no tip repeats its
// sentences). Each tip holds one idea, is tagged with the article point it comes from and has a
// kind that says when it fits. No diagnosis, no alarm.

export type ArticlePoint =
  | 'overuse'
  | 'dehydration'
  | 'electrolytes'
  | 'nerve-compression'
  | 'medical-conditions'
  | 'neurological';

export type TipKind = 'break' | 'stretch' | 'grip' | 'hydration' | 'food' | 'medical';

export interface Tip {
  id: string;
  title: string;
  text: string;
  point: ArticlePoint;
  kind: TipKind;
}

export const ARTICLE_POINTS: Record<ArticlePoint, string> = {
  overuse: 'Overuse and repetitive motion',
  dehydration: 'Water',
  electrolytes: 'Potassium, magnesium and calcium',
  'nerve-compression': 'Nerve compression (carpal tunnel)',
  'medical-conditions': 'Health conditions behind cramps',
  neurological: 'Rare nerve conditions',
};

export const TIPS: readonly Tip[] = [
  {
    id: 'micro-pause',
    title: 'Micro-pauses add up',
    text: 'Every few minutes, lift your hands off the keys and let them hang loose for two slow breaths.',
    point: 'overuse',
    kind: 'break',
  },
  {
    id: 'walk-away',
    title: 'Get up and move',
    text: 'Stand and walk around for a few minutes. Your hands rest best when the rest of you moves.',
    point: 'overuse',
    kind: 'break',
  },
  {
    id: 'switch-tasks',
    title: 'Vary the work',
    text: 'Break up long typing sessions with reading, a call or sketching ideas on paper to change the motion.',
    point: 'overuse',
    kind: 'break',
  },
  {
    id: 'finger-spread',
    title: 'Spread and soften',
    text: 'Spread your fingers wide for five seconds, then curl them into a loose fist. Repeat five times.',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'wrist-flexor',
    title: 'Open the forearm',
    text: 'Hold one arm out, palm up, and ease the fingers back with your other hand for 15 seconds. Then switch.',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'wrist-circles',
    title: 'Wrist circles',
    text: 'Turn your wrists in slow circles, ten one way and ten the other, keeping your shoulders relaxed.',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'prayer-stretch',
    title: 'Palms together',
    text: 'Press your palms together in front of your chest and lower them slowly until the wrists feel a mild pull.',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'thumb-glide',
    title: 'Thumb touches',
    text: 'Touch your thumb to each fingertip in turn, slowly, then back again. It loosens the small hand muscles.',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'light-mouse',
    title: 'Hold the mouse lightly',
    text: 'Guide the mouse with a relaxed hand. Squeezing it keeps the small muscles working without a rest.',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'soft-keys',
    title: 'Type with a light touch',
    text: 'Keys register long before they hit bottom. A softer touch means less strain with every stroke.',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'pen-grip',
    title: 'Relax your pen grip',
    text: 'When writing by hand, choose a thicker pen and let it sit in your fingers instead of pinching it.',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'neutral-wrists',
    title: 'Keep wrists level',
    text: 'Type with your wrists straight and hovering, not bent upward or pressed onto the desk.',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'water-in-reach',
    title: 'Water within reach',
    text: 'Keep a full glass or bottle next to your keyboard. You will sip more when you do not have to get up.',
    point: 'dehydration',
    kind: 'hydration',
  },
  {
    id: 'steady-sips',
    title: 'Little and often',
    text: 'Small drinks spread through the day keep you better supplied than a large amount now and then.',
    point: 'dehydration',
    kind: 'hydration',
  },
  {
    id: 'thirsty-muscles',
    title: 'Thirsty muscles cramp',
    text: 'Running low on fluids makes muscles everywhere, your hands too, more likely to cramp. Have a glass now.',
    point: 'dehydration',
    kind: 'hydration',
  },
  {
    id: 'potassium-foods',
    title: 'Potassium on the plate',
    text: 'Bananas, potatoes, beans and leafy greens bring potassium, one of the minerals muscles rely on.',
    point: 'electrolytes',
    kind: 'food',
  },
  {
    id: 'magnesium-foods',
    title: 'Magnesium sources',
    text: 'Nuts, seeds, whole grains and dark greens supply magnesium, which helps muscles contract and relax.',
    point: 'electrolytes',
    kind: 'food',
  },
  {
    id: 'calcium-foods',
    title: 'Calcium counts too',
    text: 'Dairy, fortified plant drinks, tofu and greens provide calcium, another mineral your muscles need.',
    point: 'electrolytes',
    kind: 'food',
  },
  {
    id: 'supplements-ask-first',
    title: 'Ask before supplements',
    text: 'A mild shortfall usually improves with food. Check with a doctor or pharmacist before adding supplements.',
    point: 'electrolytes',
    kind: 'medical',
  },
  {
    id: 'severe-imbalance',
    title: 'When minerals are far off',
    text: 'A serious mineral imbalance is a job for medical care; diet changes alone are not enough then.',
    point: 'electrolytes',
    kind: 'medical',
  },
  {
    id: 'numb-tingling',
    title: 'Numbness is a signal',
    text: 'Cramps together with numbness, tingling or a weak grip can mean a nerve is pinched at the wrist. Have it looked at.',
    point: 'nerve-compression',
    kind: 'medical',
  },
  {
    id: 'nerve-tests',
    title: 'Nerves can be tested',
    text: 'A doctor can measure how well the nerves in your arm carry signals, which helps find and treat the cause.',
    point: 'nerve-compression',
    kind: 'medical',
  },
  {
    id: 'wrist-pressure',
    title: 'Spare the inner wrist',
    text: 'Avoid leaning the inside of your wrist on a hard desk edge; the nerve to your hand passes right there.',
    point: 'nerve-compression',
    kind: 'grip',
  },
  {
    id: 'conditions-matter',
    title: 'Some conditions show in the hands',
    text: 'An underactive thyroid, diabetes, narrowed arteries or rheumatoid arthritis can all bring on hand cramps.',
    point: 'medical-conditions',
    kind: 'medical',
  },
  {
    id: 'keep-conditions-managed',
    title: 'Keep existing conditions in check',
    text: 'If you live with diabetes or a thyroid condition, keeping it well treated is part of caring for your hands.',
    point: 'medical-conditions',
    kind: 'medical',
  },
  {
    id: 'mention-at-checkup',
    title: 'Mention new cramps',
    text: 'New or changing hand cramps are worth raising at your next check-up, especially with a known condition.',
    point: 'medical-conditions',
    kind: 'medical',
  },
  {
    id: 'rarely-neurological',
    title: 'Cramps alone are rarely serious',
    text: 'Nerve diseases such as MS or ALS are rare causes, and they bring other signs, like weakness or spasms, too.',
    point: 'neurological',
    kind: 'medical',
  },
  {
    id: 'weakness-spasms',
    title: 'Weakness deserves a look',
    text: 'If cramps come with muscle weakness, twitching or spasms, see a health professional for a full check.',
    point: 'neurological',
    kind: 'medical',
  },
];

export const DOCTOR_CARD = {
  title: 'When to see a doctor',
  intro: 'Most hand cramps come from overuse or too little water and ease with rest. See a doctor if cramps:',
  reasons: [
    'keep coming back or do not go away',
    'are severe or painful',
    'come with numbness, tingling or weakness',
    'come with other symptoms that worry you',
  ],
} as const;

export const GUIDANCE_NOTE = 'General guidance, not a diagnosis.';

export function tipById(id: string): Tip | undefined {
  return TIPS.find((tip) => tip.id === id);
}
