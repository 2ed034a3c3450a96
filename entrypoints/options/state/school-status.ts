import { sendMessage } from '@/lib/messages/protocol';
import type { SchoolStatus } from '@/lib/school/status';
import { useFresh } from './use-fresh';

const readStatus = () => sendMessage('getSchoolStatus', undefined);

/** The school policy status from the background (`getSchoolStatus`), fresh again whenever the policy or settings change. */
export function useSchoolStatus(): SchoolStatus | null {
  return useFresh(readStatus, { local: ['settings'], managed: true }) ?? null;
}
