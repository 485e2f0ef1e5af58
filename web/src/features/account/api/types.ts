import type { components, paths } from '@/lib/api/schema';

// Named after the server's schemas, so a changed contract breaks the type-check.
export type Session = components['schemas']['Session'];
export type Profile = components['schemas']['Profile'];
export type ProfileUpdate = components['schemas']['ProfileUpdate'];
export type Notifications = components['schemas']['Notifications'];
export type Watchlist = components['schemas']['Watchlist'];
export type WatchlistList = components['schemas']['WatchlistList'];
export type RegisterRequest = NonNullable<
  paths['/api/v1/auth/register']['post']['requestBody']
>['content']['application/json'];
export type LoginRequest = NonNullable<
  paths['/api/v1/auth/login']['post']['requestBody']
>['content']['application/json'];
export type SecondFactorChallenge = components['schemas']['SecondFactorChallenge'];
export type SecondFactorRequest = components['schemas']['SecondFactorRequest'];
export type TwoFactorStatus = components['schemas']['TwoFactorStatus'];
export type TwoFactorSetup = components['schemas']['TwoFactorSetup'];
export type RecoveryCodes = components['schemas']['RecoveryCodes'];
export type BaseCurrency = Profile['baseCurrency'];
export type ExperienceLevel = Profile['experienceLevel'];
export type RiskTolerance = Profile['riskTolerance'];
export type SignInProvider = components['schemas']['SignInProvider'];
