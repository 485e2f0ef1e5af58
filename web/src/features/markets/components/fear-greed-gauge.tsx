import { formatDate } from '@/lib/format';

import type { FearGreedReading } from '../api/types';
import { FEAR_GREED_BANDS, fearGreedBand, gaugeAngle, gaugeArc, polar } from '../lib/fear-greed';

const WIDTH = 200;
const HEIGHT = 116;
const CENTER = { x: 100, y: 104 };
const RADIUS = 84;
const NEEDLE = 70;

/**
 * A semicircle gauge from 0 (extreme fear, left) to 100 (extreme greed, right) with the needle
 * at the reading; the reading, its label and its day are text as well as drawing.
 */
export function FearGreedGauge({ reading }: { reading: FearGreedReading }) {
  const angle = gaugeAngle(reading.value);
  const tip = polar(CENTER, NEEDLE, angle);
  const band = fearGreedBand(reading.value);
  const day = formatDate(reading.time, 'UTC');
  return (
    <figure className="fear-greed-gauge" data-testid="fear-greed-gauge">
      <svg
        role="img"
        aria-label={`Fear & Greed index ${reading.value} of 100: ${reading.classification}, ${day}`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        data-angle={angle}
      >
        {FEAR_GREED_BANDS.map((item) => (
          <path
            key={item.label}
            d={gaugeArc(CENTER, RADIUS, item.from, item.to)}
            stroke={item.color}
            strokeWidth={14}
            fill="none"
            opacity={item === band ? 1 : 0.35}
          />
        ))}
        <line
          className="fear-greed-needle"
          x1={CENTER.x}
          y1={CENTER.y}
          x2={tip.x}
          y2={tip.y}
          strokeWidth={3}
          strokeLinecap="round"
        />
        <circle className="fear-greed-hub" cx={CENTER.x} cy={CENTER.y} r={5} />
      </svg>
      <figcaption className="fear-greed-reading">
        <span className="fear-greed-value" data-testid="fear-greed-value">
          {reading.value}
        </span>{' '}
        <span className="fear-greed-class" style={{ color: band.color }}>
          {reading.classification}
        </span>
        <span className="muted fear-greed-day">
          <time dateTime={reading.time}>{day}</time>
        </span>
      </figcaption>
    </figure>
  );
}
