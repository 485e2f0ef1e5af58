import type { components } from '@/lib/api/schema';

// Named after the server's schemas, so a changed contract breaks the type-check.
export type AuditRow = components['schemas']['AuditRow'];
export type AuditPage = components['schemas']['AuditPage'];
export type AuditVerification = components['schemas']['AuditVerification'];
export type AuditBrokenLink = components['schemas']['AuditBrokenLink'];
export type BrokenLinkKind = AuditBrokenLink['kind'];
