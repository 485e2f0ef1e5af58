import type { Catalogue } from '@/lib/i18n/locale';

import type { BrokenLinkKind } from '../api/types';

import type { FilterName } from './audit-query';

/**
 * The audit screens' text in English and Korean. `ko` is typed as `typeof en`, so a message
 * missing in either language fails the type-check. Actions, actors and values are shown as the
 * server recorded them: they are evidence, not interface text.
 */
const en = {
  pageTitle: (title: string) => `${title} · Sage`,
  auditLog: 'Audit log',
  auditLink: 'Audit log',
  auditIntro:
    'Every sign-in, change of an account, key or secret, and refused access, in an append-only log where each row carries the hash of the one before. Personal data is masked.',
  notAllowed: 'Not allowed',
  notAllowedBody:
    'Only administrators may read the audit log. Your account does not have that role.',

  filters: 'Filters',
  filterLabels: {
    actor: 'Actor',
    action: 'Action',
    entityType: 'Entity type',
    entityId: 'Entity id',
    from: 'From',
    to: 'Until',
  } satisfies Record<FilterName, string>,
  actorHelp: 'A user id, or system.',
  actionHelp: 'Exact, e.g. user.signed-in.',
  timeHelp: (zone: string) => `In your time zone, ${zone}.`,
  toHelp: (zone: string) => `In your time zone, ${zone}; rows before this time.`,
  apply: 'Apply filters',
  clear: 'Clear filters',

  loading: 'Loading the audit log…',
  loadFailed: 'Could not load the audit log',
  noRows: 'No audit rows',
  noRowsFiltered: 'No rows match these filters.',
  noRowsAtAll: 'Nothing has been recorded yet.',
  rows: 'Audit rows',
  time: 'Time',
  actor: 'Actor',
  action: 'Action',
  entity: 'Entity',
  requestId: 'Request id',
  ip: 'IP',
  details: 'Details',
  showDetails: (seq: number) => `Show details of row ${seq}`,
  oldValue: 'Before',
  newValue: 'After',
  noValue: 'None recorded.',
  userAgent: 'User agent',
  seq: 'Row',
  hash: 'Hash',
  prevHash: 'Previous hash',
  filterBy: (value: string) => `Show only ${value}`,
  range: (first: number, last: number, total: number) =>
    `Rows ${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  previous: 'Previous',
  next: 'Next',
  pageSize: 'Rows per page',
  paging: 'Pages',

  exportCsv: 'Export CSV',
  exportHelp: 'Every row these filters match, oldest first, hashes included.',
  verify: 'Verify chain',
  verifying: 'Verifying…',
  verifyFailed: 'Could not verify the chain',
  intact: (rows: number, last: number) =>
    `The chain is intact: ${rows.toLocaleString('en')} rows checked, through row ${last.toLocaleString('en')}.`,
  broken: (seq: number) => `The chain is broken at row ${seq.toLocaleString('en')}.`,
  brokenAfter: (rows: number) =>
    rows === 1 ? '1 row held before it.' : `${rows.toLocaleString('en')} rows held before it.`,
  kinds: {
    SEQ_GAP: 'Rows are missing before it, or it was renumbered.',
    ROW_ALTERED: 'The row was changed after it was written.',
    PREVIOUS_HASH_MISMATCH: 'Its link to the previous row does not match.',
    HEAD_MISMATCH: 'Rows were removed from the end of the log.',
  } satisfies Record<BrokenLinkKind, string>,
  expected: 'Expected',
  found: 'Found',
};

export type AuditMessages = typeof en;

const ko: AuditMessages = {
  pageTitle: (title) => `${title} · Sage`,
  auditLog: '감사 로그',
  auditLink: '감사 로그',
  auditIntro:
    '모든 로그인, 계정·키·비밀 정보의 변경, 거부된 접근을 기록하는 추가 전용 로그입니다. 각 행은 이전 행의 해시를 담고 있으며 개인 정보는 가려져 있습니다.',
  notAllowed: '접근할 수 없습니다',
  notAllowedBody: '감사 로그는 관리자만 볼 수 있습니다. 이 계정에는 관리자 역할이 없습니다.',

  filters: '필터',
  filterLabels: {
    actor: '행위자',
    action: '동작',
    entityType: '대상 유형',
    entityId: '대상 ID',
    from: '시작',
    to: '종료',
  },
  actorHelp: '사용자 ID 또는 system.',
  actionHelp: '정확히 일치해야 합니다(예: user.signed-in).',
  timeHelp: (zone) => `내 시간대(${zone}) 기준.`,
  toHelp: (zone) => `내 시간대(${zone}) 기준. 이 시각 이전의 행.`,
  apply: '필터 적용',
  clear: '필터 지우기',

  loading: '감사 로그를 불러오는 중…',
  loadFailed: '감사 로그를 불러오지 못했습니다',
  noRows: '감사 기록이 없습니다',
  noRowsFiltered: '필터와 일치하는 행이 없습니다.',
  noRowsAtAll: '아직 기록된 내용이 없습니다.',
  rows: '감사 기록',
  time: '시각',
  actor: '행위자',
  action: '동작',
  entity: '대상',
  requestId: '요청 ID',
  ip: 'IP',
  details: '상세',
  showDetails: (seq) => `${seq}번 행 상세 보기`,
  oldValue: '변경 전',
  newValue: '변경 후',
  noValue: '기록 없음.',
  userAgent: '사용자 에이전트',
  seq: '행 번호',
  hash: '해시',
  prevHash: '이전 해시',
  filterBy: (value) => `${value}만 보기`,
  range: (first, last, total) =>
    `전체 ${total.toLocaleString('ko')}행 중 ${first.toLocaleString('ko')}–${last.toLocaleString('ko')}행`,
  previous: '이전',
  next: '다음',
  pageSize: '페이지당 행 수',
  paging: '페이지',

  exportCsv: 'CSV 내보내기',
  exportHelp: '필터와 일치하는 모든 행을 오래된 순으로, 해시와 함께 내려받습니다.',
  verify: '체인 검증',
  verifying: '검증 중…',
  verifyFailed: '체인을 검증하지 못했습니다',
  intact: (rows, last) =>
    `체인이 온전합니다: ${rows.toLocaleString('ko')}행 확인, ${last.toLocaleString('ko')}번 행까지.`,
  broken: (seq) => `${seq.toLocaleString('ko')}번 행에서 체인이 끊어졌습니다.`,
  brokenAfter: (rows) => `그 앞의 ${rows.toLocaleString('ko')}행은 온전합니다.`,
  kinds: {
    SEQ_GAP: '앞선 행이 빠졌거나 번호가 바뀌었습니다.',
    ROW_ALTERED: '기록된 뒤에 행 내용이 바뀌었습니다.',
    PREVIOUS_HASH_MISMATCH: '이전 행과의 연결(해시)이 일치하지 않습니다.',
    HEAD_MISMATCH: '로그 끝부분의 행이 삭제되었습니다.',
  },
  expected: '예상 값',
  found: '실제 값',
};

export const AUDIT_MESSAGES: Catalogue<AuditMessages> = { en, ko };
