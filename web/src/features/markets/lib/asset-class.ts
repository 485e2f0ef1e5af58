import type { AssetClass } from '../api/types';

const ASSET_CLASS_LABELS: Record<AssetClass, string> = {
  US_STOCK: 'US stock',
  KR_STOCK: 'Korean stock',
  CRYPTO_SPOT: 'Crypto spot',
  CRYPTO_PERP: 'Crypto perpetual',
  INDEX: 'Index',
};

export function assetClassLabel(assetClass: AssetClass): string {
  // A class added on the server before the web knows it still shows, in its raw form.
  return ASSET_CLASS_LABELS[assetClass] ?? assetClass;
}
