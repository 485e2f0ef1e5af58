import type { Catalogue } from '@/lib/i18n/locale';

import type { Role, Tier } from '../api/types';

import type { Duration } from './health-figures';
import type { FilterName } from './user-query';

/**
 * The administration screens' text in English and Korean. `ko` is typed as `typeof en`, so a
 * message missing in either language fails the type-check. Reasons the server gives come from the
 * server and are shown as it wrote them; component names are the server's too.
 */
const en = {
  pageTitle: (title: string) => `${title} · Sage`,
  administration: 'Administration',
  administrationLink: 'Administration',
  administrationIntro:
    'Manage who may use this Sage installation and watch how the server is doing. Every change here is written to the audit log.',
  users: 'Users',
  usersLink: 'Users',
  usersLinkHelp: 'Find accounts, change roles and tiers, lock them or sign them out everywhere.',
  auditLinkHelp: 'Who did what and when, with filters and a CSV export.',
  usersIntro:
    'Every account of this installation, newest first. Locking an account signs it out everywhere, stops its API keys and refuses its sign-ins until it is unlocked.',
  maskedNote:
    'Emails and names are masked for support staff; only administrators may change accounts.',
  notAllowed: 'Not allowed',
  notAllowedBody:
    'Only administrators and support staff may see this page. Your account does not have that role.',

  health: 'System health',
  healthLoading: 'Reading the server’s health…',
  healthFailed: 'Could not read the server’s health',
  healthRefresh: 'Read again every 30 seconds.',
  overall: 'Overall',
  components: 'Components',
  statuses: {
    UP: 'Up',
    DOWN: 'Down',
    OUT_OF_SERVICE: 'Out of service',
    UNKNOWN: 'Unknown',
  } as Partial<Record<string, string>>,
  version: 'Version',
  startedAt: 'Started',
  uptime: 'Up for',
  duration: ({ days, hours, minutes }: Duration) =>
    [days > 0 && `${days} d`, (days > 0 || hours > 0) && `${hours} h`, `${minutes} min`]
      .filter(Boolean)
      .join(' '),
  javaVersion: 'Java',
  processors: 'Processors',
  heap: 'Heap in use',
  heapOf: (used: string, max: string, percent: number | undefined) =>
    percent === undefined ? `${used} (no limit)` : `${used} of ${max} (${percent}%)`,

  filters: 'Filters',
  filterLabels: {
    email: 'Email',
    role: 'Role',
    tier: 'Tier',
    locked: 'Locked',
  } satisfies Record<FilterName, string>,
  emailHelp:
    'The whole address, exactly: emails are stored encrypted, so there is no search by part of one.',
  any: 'Any',
  lockedChoices: { true: 'Locked', false: 'Not locked' },
  apply: 'Apply filters',
  clear: 'Clear filters',

  loading: 'Loading users…',
  loadFailed: 'Could not load users',
  noUsers: 'No users',
  noUsersFiltered: 'No account matches these filters.',
  noUsersAtAll: 'No account exists yet.',
  table: 'Users',
  email: 'Email',
  displayName: 'Display name',
  role: 'Role',
  tier: 'Tier',
  emailVerified: 'Email verified',
  status: 'Status',
  created: 'Created',
  actions: 'Actions',
  yes: 'Yes',
  no: 'No',
  you: 'you',
  roles: { USER: 'User', SUPPORT: 'Support', ADMIN: 'Administrator' } satisfies Record<
    Role,
    string
  >,
  tiers: { FREE: 'Free', PRO: 'Pro' } satisfies Record<Tier, string>,
  active: 'Active',
  lockedByAdministrator: 'Locked by an administrator',
  lockedSince: (time: string) => `since ${time}`,
  signInLockedUntil: (time: string) => `Sign-in locked until ${time}`,

  paging: 'Pages',
  range: (first: number, last: number, total: number) =>
    `Users ${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  previous: 'Previous',
  next: 'Next',
  pageSize: 'Users per page',

  roleOf: (email: string) => `Role of ${email}`,
  tierOf: (email: string) => `Tier of ${email}`,
  save: 'Save',
  saveLabel: (email: string) => `Save role and tier of ${email}`,
  lock: 'Lock',
  lockLabel: (email: string) => `Lock ${email}`,
  unlock: 'Unlock',
  unlockLabel: (email: string) => `Unlock ${email}`,
  endSessions: 'End sessions',
  endSessionsLabel: (email: string) => `End every session of ${email}`,
  ownAccount: 'Your own account: change it from another administrator’s account.',
  confirmLock: (email: string) =>
    `Lock ${email}? They are signed out everywhere, their API keys stop working and they cannot sign in until unlocked.`,
  confirmEndSessions: (email: string) =>
    `Sign ${email} out everywhere? Every browser and device has to sign in again.`,
  cancel: 'Cancel',
  working: 'Working…',
  failed: {
    role: 'Could not change the role',
    lock: 'Could not lock the account',
    unlock: 'Could not unlock the account',
    'end-sessions': 'Could not end the sessions',
  },
  done: {
    role: (email: string) => `Saved the role and tier of ${email}; they were signed out.`,
    lock: (email: string) => `Locked ${email}.`,
    unlock: (email: string) => `Unlocked ${email}.`,
    'end-sessions': (email: string) => `Ended every session of ${email}.`,
  },
};

export type AdminMessages = typeof en;

const ko: AdminMessages = {
  pageTitle: (title) => `${title} · Sage`,
  administration: '관리',
  administrationLink: '관리',
  administrationIntro:
    '이 Sage 설치를 누가 사용할 수 있는지 관리하고 서버 상태를 확인합니다. 여기서 바꾼 내용은 모두 감사 로그에 기록됩니다.',
  users: '사용자',
  usersLink: '사용자',
  usersLinkHelp: '계정을 찾고, 역할과 등급을 바꾸고, 잠그거나 모든 기기에서 로그아웃시킵니다.',
  auditLinkHelp: '누가 언제 무엇을 했는지 필터와 CSV 내보내기로 확인합니다.',
  usersIntro:
    '이 설치의 모든 계정을 최근 가입 순으로 보여 줍니다. 계정을 잠그면 모든 기기에서 로그아웃되고, API 키가 더 이상 작동하지 않으며, 잠금을 해제할 때까지 로그인할 수 없습니다.',
  maskedNote: '지원 담당자에게는 이메일과 이름이 가려져 보이며, 계정은 관리자만 바꿀 수 있습니다.',
  notAllowed: '접근할 수 없습니다',
  notAllowedBody:
    '이 페이지는 관리자와 지원 담당자만 볼 수 있습니다. 이 계정에는 해당 역할이 없습니다.',

  health: '시스템 상태',
  healthLoading: '서버 상태를 확인하는 중…',
  healthFailed: '서버 상태를 확인하지 못했습니다',
  healthRefresh: '30초마다 다시 확인합니다.',
  overall: '전체',
  components: '구성 요소',
  statuses: {
    UP: '정상',
    DOWN: '중단',
    OUT_OF_SERVICE: '서비스 중지',
    UNKNOWN: '알 수 없음',
  },
  version: '버전',
  startedAt: '시작 시각',
  uptime: '가동 시간',
  duration: ({ days, hours, minutes }) =>
    [days > 0 && `${days}일`, (days > 0 || hours > 0) && `${hours}시간`, `${minutes}분`]
      .filter(Boolean)
      .join(' '),
  javaVersion: 'Java',
  processors: '프로세서',
  heap: '힙 사용량',
  heapOf: (used, max, percent) =>
    percent === undefined ? `${used}(제한 없음)` : `${max} 중 ${used}(${percent}%)`,

  filters: '필터',
  filterLabels: {
    email: '이메일',
    role: '역할',
    tier: '등급',
    locked: '잠금',
  },
  emailHelp:
    '전체 주소를 정확히 입력하세요. 이메일은 암호화되어 저장되므로 일부만으로는 검색할 수 없습니다.',
  any: '전체',
  lockedChoices: { true: '잠김', false: '잠기지 않음' },
  apply: '필터 적용',
  clear: '필터 지우기',

  loading: '사용자를 불러오는 중…',
  loadFailed: '사용자를 불러오지 못했습니다',
  noUsers: '사용자가 없습니다',
  noUsersFiltered: '필터와 일치하는 계정이 없습니다.',
  noUsersAtAll: '아직 계정이 없습니다.',
  table: '사용자',
  email: '이메일',
  displayName: '표시 이름',
  role: '역할',
  tier: '등급',
  emailVerified: '이메일 인증',
  status: '상태',
  created: '가입일',
  actions: '작업',
  yes: '예',
  no: '아니요',
  you: '나',
  roles: { USER: '사용자', SUPPORT: '지원 담당자', ADMIN: '관리자' },
  tiers: { FREE: '무료', PRO: '프로' },
  active: '활성',
  lockedByAdministrator: '관리자가 잠금',
  lockedSince: (time) => `${time}부터`,
  signInLockedUntil: (time) => `${time}까지 로그인 잠금`,

  paging: '페이지',
  range: (first, last, total) =>
    `전체 ${total.toLocaleString('ko')}명 중 ${first.toLocaleString('ko')}–${last.toLocaleString('ko')}번째`,
  previous: '이전',
  next: '다음',
  pageSize: '페이지당 사용자 수',

  roleOf: (email) => `${email}의 역할`,
  tierOf: (email) => `${email}의 등급`,
  save: '저장',
  saveLabel: (email) => `${email}의 역할과 등급 저장`,
  lock: '잠그기',
  lockLabel: (email) => `${email} 잠그기`,
  unlock: '잠금 해제',
  unlockLabel: (email) => `${email} 잠금 해제`,
  endSessions: '세션 종료',
  endSessionsLabel: (email) => `${email}의 모든 세션 종료`,
  ownAccount: '내 계정입니다. 다른 관리자 계정에서 바꾸세요.',
  confirmLock: (email) =>
    `${email} 계정을 잠글까요? 모든 기기에서 로그아웃되고, API 키가 작동하지 않으며, 잠금을 해제할 때까지 로그인할 수 없습니다.`,
  confirmEndSessions: (email) =>
    `${email} 계정을 모든 기기에서 로그아웃시킬까요? 모든 브라우저와 기기에서 다시 로그인해야 합니다.`,
  cancel: '취소',
  working: '처리 중…',
  failed: {
    role: '역할을 바꾸지 못했습니다',
    lock: '계정을 잠그지 못했습니다',
    unlock: '계정 잠금을 해제하지 못했습니다',
    'end-sessions': '세션을 종료하지 못했습니다',
  },
  done: {
    role: (email) => `${email}의 역할과 등급을 저장했습니다. 해당 사용자는 로그아웃되었습니다.`,
    lock: (email) => `${email} 계정을 잠갔습니다.`,
    unlock: (email) => `${email} 계정의 잠금을 해제했습니다.`,
    'end-sessions': (email) => `${email}의 모든 세션을 종료했습니다.`,
  },
};

export const ADMIN_MESSAGES: Catalogue<AdminMessages> = { en, ko };
