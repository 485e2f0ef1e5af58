/**
 * Actions the server records today, offered as suggestions in the action filter. Only a
 * convenience: any action can be typed, and a new one shows in the log before it is listed here.
 */
export const KNOWN_ACTIONS = [
  'user.registered',
  'user.administrator-created',
  'user.signed-in',
  'user.sign-in-failed',
  'user.signed-out',
  'user.locked',
  'user.role-changed',
  'user.profile-changed',
  'user.two-factor-enabled',
  'user.two-factor-disabled',
  'user.recovery-code-used',
  'user.second-factor-failed',
  'api-key.created',
  'api-key.rotated',
  'api-key.revoked',
  'api-key.revealed',
  'secret.stored',
  'secret.deleted',
  'security.access-denied',
  'security.insufficient-scope',
  'instrument.created',
] as const;
