import { useProfile } from '@/features/account/api/get-profile';
import { browserTimeZone } from '@/lib/i18n/instant';

/**
 * The zone the signed-in reader chose in their profile; the browser's if the profile cannot
 * be read. Undefined while it loads, so times are not shown in one zone and then another.
 */
export function useReaderTimeZone(): string | undefined {
  const profile = useProfile();
  if (profile.isPending) return undefined;
  return profile.data?.timeZone ?? browserTimeZone();
}
