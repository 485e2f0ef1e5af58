import { changeDirection, formatChange, formatPercent } from '@/lib/format';

interface ChangeValueProps {
  change?: number | null;
  changePercent?: number | null;
  /** Needed to show the absolute change; without it only the percentage shows. */
  currency?: string;
}

const ARROWS = { up: '▲', down: '▼', flat: '' } as const;

/** A price change in green or red, with sign and arrow so colour is never the only cue. */
export function ChangeValue({ change, changePercent, currency }: ChangeValueProps) {
  const direction = changeDirection(changePercent ?? change);
  const arrow = ARROWS[direction];
  return (
    <span className={`change ${direction}`} data-direction={direction}>
      {arrow && (
        <span className="change-arrow" aria-hidden="true">
          {arrow}
        </span>
      )}
      {currency !== undefined && change !== undefined && change !== null && (
        <span>{formatChange(change, currency)}</span>
      )}
      <span>
        {currency !== undefined && change !== undefined && change !== null
          ? `(${formatPercent(changePercent)})`
          : formatPercent(changePercent)}
      </span>
    </span>
  );
}
