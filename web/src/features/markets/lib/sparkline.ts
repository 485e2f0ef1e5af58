/** Size of a sparkline's drawing area, in SVG user units. */
export interface SparklineBox {
  width: number;
  height: number;
  /** Kept clear on every side so the stroke is not clipped at the extremes. */
  padding: number;
}

export interface SparklineShape {
  /** An SVG path (M … L …) through the values, oldest on the left. */
  path: string;
  /** The last point, for a marker dot. */
  last: { x: number; y: number };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The line through `values`, spread evenly across the box from left to right and scaled so the
 * lowest value touches the bottom and the highest the top (a flat series runs through the middle).
 * Values that are not finite are skipped; undefined with fewer than two finite values.
 */
export function sparklineShape(
  values: readonly number[],
  box: SparklineBox,
): SparklineShape | undefined {
  const points = values.filter((value) => Number.isFinite(value));
  if (points.length < 2) return undefined;
  const min = Math.min(...points);
  const max = Math.max(...points);
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const step = innerWidth / (points.length - 1);
  const y = (value: number) =>
    max === min
      ? box.padding + innerHeight / 2
      : box.padding + ((max - value) / (max - min)) * innerHeight;
  const coordinates = points.map((value, index) => ({
    x: round(box.padding + index * step),
    y: round(y(value)),
  }));
  const path = coordinates
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`)
    .join(' ');
  return { path, last: coordinates.at(-1) ?? { x: 0, y: 0 } };
}

/** Percent change from the first to the last value (2.3 means +2.3 %); undefined if unknown. */
export function windowChangePercent(values: readonly number[]): number | undefined {
  const points = values.filter((value) => Number.isFinite(value));
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined || points.length < 2 || first === 0) {
    return undefined;
  }
  return ((last - first) / Math.abs(first)) * 100;
}

/** "up 2.3%", "down 0.4%", "unchanged": the words a screen reader says for a sparkline. */
export function describeChange(changePercent: number | undefined): string {
  if (changePercent === undefined) return 'change unknown';
  const rounded = Math.round(Math.abs(changePercent) * 10) / 10;
  if (rounded === 0) return 'unchanged';
  return `${changePercent > 0 ? 'up' : 'down'} ${rounded.toFixed(1)}%`;
}
