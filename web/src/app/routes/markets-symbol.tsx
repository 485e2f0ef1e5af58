import { useParams } from 'react-router';

import { SymbolView } from '@/features/markets/components/symbol-view';

export default function MarketsSymbolRoute() {
  const { symbol = '' } = useParams();
  return (
    <div className="page">
      {/* Keyed so a new symbol starts with fresh chart state (range, interval memory). */}
      <SymbolView key={symbol.toUpperCase()} symbol={symbol} />
    </div>
  );
}
