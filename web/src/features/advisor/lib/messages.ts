import type { Catalogue } from '@/lib/i18n/locale';

import type { FactUnit } from '../api/types';

import type { QuestionProblem } from './question';

/**
 * The advisor's screens in English and Korean; `ko` is typed as `typeof en`, so a message
 * missing in either fails the type-check. Answers, chat titles and the server's reasons are
 * shown as the server wrote them.
 */
const en = {
  pageTitle: (title: string) => `${title} · Sage`,
  advisor: 'Advisor',
  intro:
    'Ask about markets in English or Korean. Every number in an answer comes from Sage’s market data: select it to see the fact, its time and where to check it. Answers are information, not investment advice.',
  loading: 'Loading…',
  // chat list
  chats: 'Your chats',
  newChat: 'New chat',
  creatingChat: 'Opening…',
  createFailed: 'Could not open a new chat',
  chatsFailed: 'Could not load your chats',
  noChats: 'No chats yet',
  noChatsBody: 'Ask a question to start one.',
  deleteChat: (title: string) => `Delete the chat “${title}”`,
  delete: 'Delete',
  confirmDelete: (title: string) =>
    `Delete “${title}” and all its messages? This cannot be undone.`,
  confirmDeleteYes: 'Delete chat',
  deleting: 'Deleting…',
  cancel: 'Cancel',
  deleteFailed: 'Could not delete the chat',
  lastUsed: (time: string) => `Last used ${time}`,
  // a chat
  chatFailed: 'Could not load the chat',
  chatNotFound: 'No chat with this id',
  chatNotFoundBody: 'It may have been deleted. Start a new one instead.',
  backToAdvisor: 'Back to the advisor',
  newChatHeading: 'New chat',
  conversation: 'Conversation',
  you: 'You',
  advisorName: 'Advisor',
  offline: 'Offline analysis',
  offlineHelp: 'Written from market data by fixed rules, without an AI model.',
  model: (name: string) => `Model: ${name}`,
  writing: 'Writing the answer…',
  interrupted: 'The answer broke off. What was written is kept; try again to have it written anew.',
  connectionLost:
    'The connection was lost before the answer arrived. The server keeps the answer; try again to read it.',
  askFailed: 'Could not ask the question',
  tryAgain: 'Try again',
  startersHeading: 'Try asking',
  emptyChat: 'Ask about a market, an asset or an indicator.',
  // citations
  sources: 'Sources',
  citedNumber: (label: string) => `Where this number comes from: ${label}`,
  value: 'Value',
  unit: 'Unit',
  asOf: 'As of',
  source: 'Source',
  closeDetail: 'Close',
  units: {
    MONEY: 'money',
    PERCENT: 'percent',
    INDEX: 'index',
    DAYS: 'days',
    NUMBER: 'number',
  } satisfies Record<FactUnit, string>,
  // the question
  askForm: 'Ask the advisor',
  question: 'Your question',
  questionHelp: 'Enter sends it; Shift+Enter starts a new line.',
  ask: 'Ask',
  asking: 'Asking…',
  count: (length: string, max: string) => `${length} / ${max} characters`,
  problems: {
    blank: 'Write a question first.',
    'too-long': 'The question is too long: shorten it to send it.',
  } satisfies Record<QuestionProblem, string>,
};

export type AdvisorMessages = typeof en;

const ko: AdvisorMessages = {
  pageTitle: (title: string) => `${title} · Sage`,
  advisor: '어드바이저',
  intro:
    '시장에 대해 한국어나 영어로 물어보세요. 답변의 모든 숫자는 Sage의 시장 데이터에서 나옵니다. 숫자를 선택하면 그 사실과 시점, 확인할 수 있는 출처가 보입니다. 답변은 정보이며 투자 권유가 아닙니다.',
  loading: '불러오는 중…',
  chats: '대화 목록',
  newChat: '새 대화',
  creatingChat: '여는 중…',
  createFailed: '새 대화를 열지 못했습니다',
  chatsFailed: '대화 목록을 불러오지 못했습니다',
  noChats: '아직 대화가 없습니다',
  noChatsBody: '질문을 하면 대화가 시작됩니다.',
  deleteChat: (title: string) => `“${title}” 대화 삭제`,
  delete: '삭제',
  confirmDelete: (title: string) =>
    `“${title}” 대화와 모든 메시지를 삭제할까요? 되돌릴 수 없습니다.`,
  confirmDeleteYes: '대화 삭제',
  deleting: '삭제하는 중…',
  cancel: '취소',
  deleteFailed: '대화를 삭제하지 못했습니다',
  lastUsed: (time: string) => `마지막 사용 ${time}`,
  chatFailed: '대화를 불러오지 못했습니다',
  chatNotFound: '이 ID의 대화가 없습니다',
  chatNotFoundBody: '삭제되었을 수 있습니다. 새 대화를 시작하세요.',
  backToAdvisor: '어드바이저로 돌아가기',
  newChatHeading: '새 대화',
  conversation: '대화',
  you: '나',
  advisorName: '어드바이저',
  offline: '오프라인 분석',
  offlineHelp: 'AI 모델 없이 정해진 규칙에 따라 시장 데이터로 작성했습니다.',
  model: (name: string) => `모델: ${name}`,
  writing: '답변을 작성하는 중…',
  interrupted: '답변이 중간에 끊겼습니다. 작성된 부분은 보관됩니다. 다시 시도하면 새로 작성합니다.',
  connectionLost:
    '답변이 도착하기 전에 연결이 끊겼습니다. 답변은 서버에 보관됩니다. 다시 시도하면 불러옵니다.',
  askFailed: '질문을 보내지 못했습니다',
  tryAgain: '다시 시도',
  startersHeading: '이렇게 물어보세요',
  emptyChat: '시장, 종목, 지표에 대해 물어보세요.',
  sources: '출처',
  citedNumber: (label: string) => `이 숫자의 출처: ${label}`,
  value: '값',
  unit: '단위',
  asOf: '기준 시점',
  source: '출처',
  closeDetail: '닫기',
  units: {
    MONEY: '금액',
    PERCENT: '퍼센트',
    INDEX: '지수',
    DAYS: '일',
    NUMBER: '숫자',
  },
  askForm: '어드바이저에게 질문',
  question: '질문',
  questionHelp: 'Enter를 누르면 보내고, Shift+Enter를 누르면 줄을 바꿉니다.',
  ask: '질문하기',
  asking: '보내는 중…',
  count: (length: string, max: string) => `${length} / ${max}자`,
  problems: {
    blank: '먼저 질문을 입력하세요.',
    'too-long': '질문이 너무 깁니다. 줄여야 보낼 수 있습니다.',
  },
};

export const ADVISOR_MESSAGES: Catalogue<AdvisorMessages> = { en, ko };
