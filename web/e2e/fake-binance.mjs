// A fake Binance spot REST API for the browser specs, so a live account can be connected and
// traded without an exchange. It answers with Binance's recorded payloads from
// server/src/test/resources/venue/binance (see PROVENANCE.md there), changing only the client
// order id (the one Sage sent is echoed back in place of the recorded `myOrder1`, so Sage can tie
// the answer to its order), an order's status after a cancel, and the cancel's exchange order id.
// Signatures are not checked.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORDED = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../server/src/test/resources/venue/binance',
);

/** @param {string} name */
function recorded(name) {
  return JSON.parse(readFileSync(join(RECORDED, name), 'utf8'));
}

// Written, not recorded: no recording of these two is in the shared data. Both follow the shapes
// in Binance's spot REST docs ("Get API Key Permission", "Exchange information").
const API_RESTRICTIONS = {
  ipRestrict: false,
  createTime: 1698645219000,
  enableReading: true,
  enableWithdrawals: false,
  enableInternalTransfer: false,
  enableMargin: false,
  enableFutures: false,
  permitsUniversalTransfer: false,
  enableVanillaOptions: false,
  enableFixApiTrade: false,
  enableFixReadOnly: false,
  enableSpotAndMarginTrading: true,
  enablePortfolioMarginTrading: false,
};
const EXCHANGE_INFO = {
  timezone: 'UTC',
  serverTime: 1565246363776,
  rateLimits: [],
  exchangeFilters: [],
  symbols: [
    {
      symbol: 'LTCBTC',
      status: 'TRADING',
      baseAsset: 'LTC',
      baseAssetPrecision: 8,
      quoteAsset: 'BTC',
      quotePrecision: 8,
      quoteAssetPrecision: 8,
      orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET'],
      icebergAllowed: true,
      ocoAllowed: true,
      isSpotTradingAllowed: true,
      isMarginTradingAllowed: false,
      filters: [
        {
          filterType: 'PRICE_FILTER',
          minPrice: '0.00000100',
          maxPrice: '100000.00000000',
          tickSize: '0.00000100',
        },
        {
          filterType: 'LOT_SIZE',
          minQty: '0.00100000',
          maxQty: '100000.00000000',
          stepSize: '0.00100000',
        },
      ],
      permissions: [],
      permissionSets: [['SPOT']],
    },
  ],
};

/**
 * @typedef {object} FakeBinance
 * @property {string} baseUrl
 * @property {string[]} requests `METHOD path` of every request, for a spec to assert on
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the fake on a free port of 127.0.0.1. Orders are kept by the client order id Sage sent:
 * placed ones are open (NEW) until cancelled (CANCELED).
 * @returns {Promise<FakeBinance>}
 */
export async function startFakeBinance() {
  const account = recorded('account_response.json');
  const order = recorded('order_response.json');
  const openOrder = recorded('open_orders_response.json')[0];
  const cancel = recorded('cancel_order_response.json');
  const trades = recorded('account_trades_response.json');
  /** @type {Map<string, string>} client order id → status */
  const orders = new Map();
  /** @type {string[]} */
  const requests = [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = url.searchParams;
    requests.push(`${request.method} ${url.pathname}`);
    /** @param {number} status @param {unknown} body */
    const send = (status, body) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const unknownOrder = () => send(400, { code: -2013, msg: 'Order does not exist.' });
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /api/v3/time':
        return send(200, { serverTime: Date.now() });
      case 'GET /sapi/v1/account/apiRestrictions':
        return send(200, API_RESTRICTIONS);
      case 'GET /api/v3/account':
        return send(200, account);
      case 'GET /api/v3/exchangeInfo':
        return send(200, EXCHANGE_INFO);
      case 'POST /api/v3/order': {
        const clientOrderId = query.get('newClientOrderId') ?? order.clientOrderId;
        orders.set(clientOrderId, 'NEW');
        return send(200, { ...order, clientOrderId });
      }
      case 'GET /api/v3/order': {
        const clientOrderId = query.get('origClientOrderId') ?? '';
        const status = orders.get(clientOrderId);
        if (!status) return unknownOrder();
        return send(200, { ...order, clientOrderId, status });
      }
      case 'DELETE /api/v3/order': {
        const clientOrderId = query.get('origClientOrderId') ?? '';
        if (orders.get(clientOrderId) !== 'NEW') return unknownOrder();
        orders.set(clientOrderId, 'CANCELED');
        // The recorded cancel is of Binance's order 4, the recorded order is its order 1: the
        // order's id is put in too, or Sage rightly takes the answer for another order's.
        return send(200, { ...cancel, origClientOrderId: clientOrderId, orderId: order.orderId });
      }
      case 'GET /api/v3/openOrders': {
        const symbol = query.get('symbol');
        const open = [...orders]
          .filter(([, status]) => status === 'NEW')
          .map(([clientOrderId]) => ({ ...openOrder, clientOrderId }))
          .filter((item) => !symbol || item.symbol === symbol);
        return send(200, open);
      }
      case 'GET /api/v3/myTrades': {
        // Binance answers one symbol's trades; the recorded one is BNBBTC's.
        const symbol = query.get('symbol');
        return send(
          200,
          trades.filter((/** @type {{symbol: string}} */ trade) => trade.symbol === symbol),
        );
      }
      default:
        return send(404, { code: -1100, msg: `fake Binance has no ${route}` });
    }
  });
  await new Promise((resolveListen) =>
    server.listen(0, '127.0.0.1', () => resolveListen(undefined)),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}
