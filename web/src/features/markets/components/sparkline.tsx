import { changeDirection } from '@/lib/format';

import { sparklineShape, windowChangePercent } from '../lib/sparkline';

import './sparkline.css';

interface SparklineProps {
  /** Oldest first. */
  values: readonly number[];
  /** What the line shows, in words, e.g. "SPY last 30 closes, up 2.3%". */
  label: string;
  width?: number;
  height?: number;
  /** Colour by the change over the window (green up, red down), or plain. */
  tone?: 'change' | 'neutral';
  testId?: string;
}

/** A small line of values as inline SVG: an image with its meaning in its label. */
export function Sparkline({
  values,
  label,
  width = 96,
  height = 28,
  tone = 'change',
  testId,
}: SparklineProps) {
  const shape = sparklineShape(values, { width, height, padding: 2 });
  const direction = tone === 'change' ? changeDirection(windowChangePercent(values)) : 'neutral';
  return (
    <svg
      className={`sparkline sparkline-${direction}`}
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-testid={testId}
      data-points={shape ? values.filter(Number.isFinite).length : 0}
    >
      {shape && (
        <>
          <path className="sparkline-line" d={shape.path} fill="none" />
          <circle className="sparkline-dot" cx={shape.last.x} cy={shape.last.y} r={1.8} />
        </>
      )}
    </svg>
  );
}
