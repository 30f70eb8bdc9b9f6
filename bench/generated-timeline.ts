/**
 * Seeded, deterministic timelines of any size with mixed precisions (years, months, days,
 * ranges, approximate dates) and categories, for the large-timeline story and benchmarks.
 */
export interface GeneratedTimelineOptions {
  count: number;
  seed?: number;
  lang?: string;
}

// mulberry32: small, fast, good enough for test data, and the same everywhere for a seed.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['politics', 'economy', 'security', 'energy', 'culture'];
const pad = (n: number) => String(n).padStart(2, '0');

export function generateTimeline({ count, seed = 1, lang = 'en' }: GeneratedTimelineOptions) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1950 + Math.floor(next() * 75);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const kind = next();
    const date =
      kind < 0.15
        ? String(year)
        : kind < 0.45
          ? `${year}-${pad(month)}`
          : kind < 0.85
            ? `${year}-${pad(month)}-${pad(day)}`
            : kind < 0.95
              ? `${year}-${pad(month)}/${year + 1}-${pad(month)}`
              : `${year}-${pad(month)}~`;
    return {
      id: `event-${i + 1}`,
      date,
      title: `Event ${i + 1}: ${pick(['talks', 'agreement', 'election', 'visit', 'report', 'protest'])} in ${pick(['Erbil', 'Baghdad', 'Basra', 'Washington', 'London'])}`,
      description: `Generated event ${i + 1} of ${count}, dated ${date}.`,
      category: pick(CATEGORIES),
    };
  });
  return { title: `${count} generated events`, lang, events };
}
