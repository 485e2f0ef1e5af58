import type { Catalogue } from '@/lib/i18n/locale';

import type { Scope } from '../api/types';

import type { NewKeyProblem } from './new-key';

/**
 * The API key screens' text in English and Korean. `ko` is typed as `typeof en`, so a message
 * missing in either language fails the type-check. Reasons the server gives come from the server
 * and are shown as it wrote them.
 */
const en = {
  pageTitle: (title: string) => `${title} · Sage`,
  apiKeys: 'API keys',
  apiKeysLink: 'API keys for scripts and tools',
  apiKeysIntro:
    'Personal keys let scripts and tools use the Sage API as you, limited to the scopes you give them. Send a key as “Authorization: Bearer <key>” or exchange it for a short-lived token at /api/v1/auth/token.',
  loading: 'Loading your API keys…',
  loadFailed: 'Could not load your API keys',
  yourKeys: 'Your keys',
  noKeys: 'No API keys yet',
  noKeysBody: 'Create one below when a script or tool needs to reach Sage.',
  name: 'Name',
  key: 'Key',
  scopes: 'Scopes',
  created: 'Created',
  expires: 'Expires',
  lastUsed: 'Last used',
  actions: 'Actions',
  never: 'Never',
  expired: 'expired',
  rotatedOn: (date: string) => `Rotated ${date}`,
  scopeNames: {
    read: 'read',
    trade: 'trade',
    admin: 'admin',
  } satisfies Record<Scope, string>,
  scopeHelp: {
    read: 'Market data, research and your own settings and lists.',
    trade: 'Orders and bots, once they exist; includes read.',
    admin: 'Administration such as the audit log; includes read.',
  } satisfies Record<Scope, string>,

  newKey: 'New key',
  keyName: 'Name',
  keyNameHelp: 'What the key is for, e.g. “Nightly backtests”; up to 64 characters.',
  scopesLegend: 'Scopes',
  expiresIn: 'Expires after',
  days: (count: number) => (count === 1 ? '1 day' : `${count} days`),
  create: 'Create key',
  creating: 'Creating…',
  createFailed: 'Could not create the key',
  problems: {
    'name-missing': 'Enter a name.',
    'name-too-long': 'Use at most 64 characters.',
    'scopes-missing': 'Choose at least one scope.',
  } satisfies Record<NewKeyProblem, string>,

  revealedCreated: (name: string) => `Your new key “${name}”`,
  revealedRotated: (name: string) => `The new secret of “${name}”`,
  revealedWarning:
    'Copy this key now and keep it somewhere safe: you won’t see it again. Sage keeps only a hash of it.',
  revealedRotatedNote: 'The previous key stopped working just now.',
  revealedLabel: 'API key',
  copy: 'Copy key',
  copied: 'Copied.',
  copyFailed: 'Could not copy; select the key and copy it by hand.',
  done: 'I have copied it',

  rotate: 'Rotate',
  rotateLabel: (name: string) => `Rotate ${name}`,
  confirmRotate: (name: string) =>
    `Give “${name}” a new secret? The current key stops working at once.`,
  confirmRotateYes: 'Rotate',
  rotating: 'Rotating…',
  rotateFailed: 'Could not rotate the key',
  delete: 'Delete',
  deleteLabel: (name: string) => `Delete ${name}`,
  confirmDelete: (name: string) => `Delete “${name}”? Anything using it stops working at once.`,
  confirmDeleteYes: 'Delete',
  deleting: 'Deleting…',
  deleteFailed: 'Could not delete the key',
  deleted: (name: string) => `Deleted “${name}”.`,
  cancel: 'Cancel',
};

export type ApiKeyMessages = typeof en;

const ko: ApiKeyMessages = {
  pageTitle: (title) => `${title} · Sage`,
  apiKeys: 'API 키',
  apiKeysLink: '스크립트와 도구용 API 키',
  apiKeysIntro:
    '개인 API 키를 쓰면 스크립트와 도구가 부여한 권한 범위 안에서 사용자 대신 Sage API를 이용할 수 있습니다. 키는 “Authorization: Bearer <키>”로 보내거나 /api/v1/auth/token에서 단기 토큰으로 교환하세요.',
  loading: 'API 키를 불러오는 중…',
  loadFailed: 'API 키를 불러오지 못했습니다',
  yourKeys: '내 키',
  noKeys: '아직 API 키가 없습니다',
  noKeysBody: '스크립트나 도구가 Sage에 접근해야 할 때 아래에서 만드세요.',
  name: '이름',
  key: '키',
  scopes: '권한 범위',
  created: '만든 날짜',
  expires: '만료',
  lastUsed: '마지막 사용',
  actions: '작업',
  never: '없음',
  expired: '만료됨',
  rotatedOn: (date) => `${date}에 교체됨`,
  scopeNames: {
    read: '읽기(read)',
    trade: '거래(trade)',
    admin: '관리(admin)',
  },
  scopeHelp: {
    read: '시세, 리서치, 내 설정과 목록.',
    trade: '주문과 봇(추가 예정). 읽기 권한 포함.',
    admin: '감사 로그 같은 관리 기능. 읽기 권한 포함.',
  },

  newKey: '새 키',
  keyName: '이름',
  keyNameHelp: '키의 용도입니다(예: “야간 백테스트”). 최대 64자.',
  scopesLegend: '권한 범위',
  expiresIn: '만료 기간',
  days: (count) => `${count}일`,
  create: '키 만들기',
  creating: '만드는 중…',
  createFailed: '키를 만들지 못했습니다',
  problems: {
    'name-missing': '이름을 입력하세요.',
    'name-too-long': '64자 이하로 입력하세요.',
    'scopes-missing': '권한 범위를 하나 이상 선택하세요.',
  },

  revealedCreated: (name) => `새 키 “${name}”`,
  revealedRotated: (name) => `“${name}”의 새 키`,
  revealedWarning:
    '지금 이 키를 복사해 안전한 곳에 보관하세요. 다시 볼 수 없습니다. Sage는 키의 해시만 저장합니다.',
  revealedRotatedNote: '이전 키는 방금 사용이 중지되었습니다.',
  revealedLabel: 'API 키',
  copy: '키 복사',
  copied: '복사했습니다.',
  copyFailed: '복사하지 못했습니다. 키를 선택해 직접 복사하세요.',
  done: '복사했습니다',

  rotate: '교체',
  rotateLabel: (name) => `${name} 교체`,
  confirmRotate: (name) => `“${name}”에 새 키를 발급할까요? 현재 키는 즉시 사용이 중지됩니다.`,
  confirmRotateYes: '교체',
  rotating: '교체 중…',
  rotateFailed: '키를 교체하지 못했습니다',
  delete: '삭제',
  deleteLabel: (name) => `${name} 삭제`,
  confirmDelete: (name) => `“${name}”을(를) 삭제할까요? 이 키를 쓰는 곳은 즉시 작동이 멈춥니다.`,
  confirmDeleteYes: '삭제',
  deleting: '삭제 중…',
  deleteFailed: '키를 삭제하지 못했습니다',
  deleted: (name) => `“${name}”을(를) 삭제했습니다.`,
  cancel: '취소',
};

export const API_KEY_MESSAGES: Catalogue<ApiKeyMessages> = { en, ko };
