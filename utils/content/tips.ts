// Hand-care tips from the points of the source article (a copy is in
// tests/support/hand-cramps-article.txt). Each tip holds one idea, is tagged with the article point
// it comes from and has a kind that says when it fits. Pure data: the words (a title and a text per
// tip, the name of each article point, the doctor card, the guidance note) are in the locale files,
// written in Handrest's own words (a test checks that no tip repeats the article's sentences), and
// utils/words/content-text.ts reads them. No diagnosis, no alarm.

/** The article's points, in the order the tips are listed by topic. */
export const ARTICLE_POINTS = [
  'overuse',
  'dehydration',
  'electrolytes',
  'nerve-compression',
  'medical-conditions',
  'neurological',
] as const;

export type ArticlePoint = (typeof ARTICLE_POINTS)[number];

export type TipKind = 'break' | 'stretch' | 'grip' | 'hydration' | 'food' | 'medical';

/** A tip as written; `Tip` is one with its id known to be in the catalogue. */
interface TipEntry {
  id: string;
  point: ArticlePoint;
  kind: TipKind;
}

const CATALOGUE = [
  {
    id: 'micro-pause',
    point: 'overuse',
    kind: 'break',
  },
  {
    id: 'walk-away',
    point: 'overuse',
    kind: 'break',
  },
  {
    id: 'switch-tasks',
    point: 'overuse',
    kind: 'break',
  },
  {
    id: 'finger-spread',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'wrist-flexor',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'wrist-circles',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'prayer-stretch',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'thumb-glide',
    point: 'overuse',
    kind: 'stretch',
  },
  {
    id: 'light-mouse',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'soft-keys',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'pen-grip',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'neutral-wrists',
    point: 'overuse',
    kind: 'grip',
  },
  {
    id: 'water-in-reach',
    point: 'dehydration',
    kind: 'hydration',
  },
  {
    id: 'steady-sips',
    point: 'dehydration',
    kind: 'hydration',
  },
  {
    id: 'thirsty-muscles',
    point: 'dehydration',
    kind: 'hydration',
  },
  {
    id: 'potassium-foods',
    point: 'electrolytes',
    kind: 'food',
  },
  {
    id: 'magnesium-foods',
    point: 'electrolytes',
    kind: 'food',
  },
  {
    id: 'calcium-foods',
    point: 'electrolytes',
    kind: 'food',
  },
  {
    id: 'supplements-ask-first',
    point: 'electrolytes',
    kind: 'medical',
  },
  {
    id: 'severe-imbalance',
    point: 'electrolytes',
    kind: 'medical',
  },
  {
    id: 'numb-tingling',
    point: 'nerve-compression',
    kind: 'medical',
  },
  {
    id: 'nerve-tests',
    point: 'nerve-compression',
    kind: 'medical',
  },
  {
    id: 'wrist-pressure',
    point: 'nerve-compression',
    kind: 'grip',
  },
  {
    id: 'conditions-matter',
    point: 'medical-conditions',
    kind: 'medical',
  },
  {
    id: 'keep-conditions-managed',
    point: 'medical-conditions',
    kind: 'medical',
  },
  {
    id: 'mention-at-checkup',
    point: 'medical-conditions',
    kind: 'medical',
  },
  {
    id: 'rarely-neurological',
    point: 'neurological',
    kind: 'medical',
  },
  {
    id: 'weakness-spasms',
    point: 'neurological',
    kind: 'medical',
  },
] as const satisfies readonly TipEntry[];

export type Tip = TipEntry & { id: (typeof CATALOGUE)[number]['id'] };

export const TIPS: readonly Tip[] = CATALOGUE;

export function tipById(id: string): Tip | undefined {
  return TIPS.find((tip) => tip.id === id);
}
