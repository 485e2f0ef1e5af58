import type { components } from '@/lib/api/schema';

// Named after the server's schemas, so a changed contract breaks the type-check.
export type StaffAccount = components['schemas']['StaffAccountView'];
export type StaffAccountPage = components['schemas']['StaffAccountPage'];
export type SystemHealth = components['schemas']['SystemHealth'];
export type Role = StaffAccount['role'];
export type Tier = StaffAccount['tier'];
