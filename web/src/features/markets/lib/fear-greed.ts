/** The bands of the crypto Fear & Greed index as alternative.me labels them. */
export const FEAR_GREED_BANDS = [
  { label: 'Extreme Fear', from: 0, to: 25, color: '#ef5350' },
  { label: 'Fear', from: 25, to: 46, color: '#f39c4a' },
  { label: 'Neutral', from: 46, to: 55, color: '#c9c16a' },
  { label: 'Greed', from: 55, to: 76, color: '#8bc34a' },
  { label: 'Extreme Greed', from: 76, to: 100, color: '#26a69a' },
] as const;

export type FearGreedBand = (typeof FEAR_GREED_BANDS)[number];

function clampIndex(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

/** The band a reading falls in (the upper end belongs to the next band; 100 to the last). */
export function fearGreedBand(value: number): FearGreedBand {
  const clamped = clampIndex(value);
  return (
    FEAR_GREED_BANDS.find((band) => clamped >= band.from && clamped < band.to) ??
    FEAR_GREED_BANDS[4]
  );
}

/**
 * Where the needle points, in degrees: 180 at 0 (extreme fear, left), 90 at 50 (straight up),
 * 0 at 100 (extreme greed, right). Readings outside 0–100 stop at the ends.
 */
export function gaugeAngle(value: number): number {
  return 180 - (clampIndex(value) / 100) * 180;
}

export interface Point {
  x: number;
  y: number;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A point on the circle around `center` at `angle` degrees (0 right, 90 up: SVG y grows down). */
export function polar(center: Point, radius: number, angle: number): Point {
  const radians = (angle * Math.PI) / 180;
  return {
    x: round(center.x + radius * Math.cos(radians)),
    y: round(center.y - radius * Math.sin(radians)),
  };
}

/** An SVG arc along the upper semicircle from index value `from` to `to` (0–100). */
export function gaugeArc(center: Point, radius: number, from: number, to: number): string {
  const start = polar(center, radius, gaugeAngle(from));
  const end = polar(center, radius, gaugeAngle(to));
  // Never more than half a circle, drawn clockwise on screen (left to right over the top).
  return `M${start.x} ${start.y} A${radius} ${radius} 0 0 1 ${end.x} ${end.y}`;
}
