import type { AuditPage, AuditRow } from '../api/types';

const ZERO = '0'.repeat(64);

export function auditRowFixture(overrides: Partial<AuditRow> = {}): AuditRow {
  return {
    seq: 1,
    occurredAt: '2026-05-04T23:30:15.123456Z',
    actor: '3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11',
    action: 'user.signed-in',
    entityType: 'user',
    entityId: '3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11',
    ip: '127.0.0.1',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    requestId: 'c7677b45-2dc2-4664-8c91-e731628d75a8',
    prevHash: ZERO,
    hash: '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752',
    ...overrides,
  };
}

export function auditPageFixture(items: AuditRow[], overrides: Partial<AuditPage> = {}): AuditPage {
  return { items, page: 0, size: 50, total: items.length, ...overrides };
}
