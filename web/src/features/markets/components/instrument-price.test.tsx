import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { LivePrice } from '../api/use-live-price';

import { InstrumentPrice } from './instrument-price';

const live = (price: string, source = 'replay'): LivePrice => ({
  symbol: 'BTC-USD',
  price,
  time: '2017-07-04T03:00:00Z',
  source,
});

describe('InstrumentPrice', () => {
  it('shows the stored last close until a live price arrives', () => {
    render(<InstrumentPrice lastClose={8051} currency="USD" live={undefined} />);
    const cell = screen.getByTestId('instrument-price');
    expect(cell).toHaveTextContent('8,051.00');
    expect(cell).toHaveAttribute('data-source', 'close');
    expect(screen.queryByText('replay')).toBeNull();
  });

  it('shows a replayed price labelled "replay", coloured by the way it moved', () => {
    const { rerender } = render(
      <InstrumentPrice lastClose={8051} currency="USD" live={live('2616.28')} />,
    );
    const cell = screen.getByTestId('instrument-price');
    expect(cell).toHaveTextContent('2,616.28');
    expect(screen.getByText('replay')).toHaveAttribute(
      'title',
      'Recorded prices played back, not live',
    );
    expect(cell).toHaveAttribute('data-move', 'flat');

    rerender(<InstrumentPrice lastClose={8051} currency="USD" live={live('2620.00')} />);
    expect(cell).toHaveTextContent('2,620.00');
    expect(cell).toHaveClass('up');

    rerender(<InstrumentPrice lastClose={8051} currency="USD" live={live('2601.00')} />);
    expect(cell).toHaveClass('down');
    expect(cell).not.toHaveClass('up');
  });

  it('labels a price from a market feed "live"', () => {
    render(<InstrumentPrice lastClose={1} currency="USD" live={live('350.58', 'feed')} />);
    expect(screen.getByTestId('instrument-price')).toHaveAttribute('data-source', 'feed');
    expect(screen.getByText('live')).toBeInTheDocument();
  });
});
