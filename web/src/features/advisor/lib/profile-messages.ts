import type { Catalogue } from '@/lib/i18n/locale';

import type { Experience, Tolerance } from '../api/types';

/**
 * The profile panel beside the chats, in English and Korean; `ko` is typed as `typeof en`, so a
 * message missing in either fails the type-check.
 */
const en = {
  heading: 'Your profile',
  intro: 'What the advisor goes by when it sizes risk and chooses its words.',
  loading: 'Loading…',
  failed: 'Could not load your profile',
  experience: 'Experience',
  tolerance: 'Tolerance for swings',
  assets: 'Assets you follow',
  experiences: {
    BEGINNER: 'Beginner',
    INTERMEDIATE: 'Intermediate',
    EXPERT: 'Expert',
  } satisfies Record<Experience, string>,
  tolerances: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' } satisfies Record<Tolerance, string>,
  assumed: 'Assumed until you say: the most careful',
  inferred: (percent: string) => `Inferred from your questions, ${percent} sure`,
  fromAccount: 'From your account settings',
  setByYou: 'Set by you',
  noAssets: 'None named yet',
  assetsInferred: 'Named most in your questions',
  assetsSet: 'Chosen by you',
  mentions: (count: number) => (count === 1 ? 'in 1 question' : `in ${count} questions`),
  why: 'Why',
  from: 'From these questions:',
  edit: 'Edit',
  reset: 'Infer it all again',
  resetting: 'Resetting…',
  resetFailed: 'Could not reset your profile',
  // the form
  editHeading: 'Edit your profile',
  infer: 'Infer from my questions',
  chooseAssets: 'Choose the assets myself',
  assetsField: 'Symbols, separated by commas',
  assetsHelp: 'Up to 8, as Sage lists them: BTC-USD, SPY, 005930. Leave empty for none.',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  saveFailed: 'Could not save your profile',
};

export type ProfileMessages = typeof en;

const ko: ProfileMessages = {
  heading: '내 프로필',
  intro: '어드바이저가 위험 규모와 말투를 정할 때 따르는 정보입니다.',
  loading: '불러오는 중…',
  failed: '프로필을 불러오지 못했습니다',
  experience: '투자 경험',
  tolerance: '변동 감내 수준',
  assets: '관심 자산',
  experiences: { BEGINNER: '초보', INTERMEDIATE: '중급', EXPERT: '숙련' },
  tolerances: { LOW: '낮음', MEDIUM: '보통', HIGH: '높음' },
  assumed: '말씀하시기 전까지 가장 신중한 값으로 가정',
  inferred: (percent: string) => `질문에서 추론, 확신도 ${percent}`,
  fromAccount: '계정 설정에서',
  setByYou: '직접 설정',
  noAssets: '아직 언급한 자산이 없습니다',
  assetsInferred: '질문에서 가장 많이 언급',
  assetsSet: '직접 선택',
  mentions: (count: number) => `질문 ${count}개에서`,
  why: '근거',
  from: '다음 질문에서:',
  edit: '수정',
  reset: '모두 다시 추론',
  resetting: '되돌리는 중…',
  resetFailed: '프로필을 되돌리지 못했습니다',
  editHeading: '프로필 수정',
  infer: '질문에서 추론',
  chooseAssets: '관심 자산 직접 선택',
  assetsField: '심볼 (쉼표로 구분)',
  assetsHelp: '최대 8개, Sage 표기대로: BTC-USD, SPY, 005930. 비우면 없음.',
  save: '저장',
  saving: '저장 중…',
  cancel: '취소',
  saveFailed: '프로필을 저장하지 못했습니다',
};

export const PROFILE_MESSAGES: Catalogue<ProfileMessages> = { en, ko };
