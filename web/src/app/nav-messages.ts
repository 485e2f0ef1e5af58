import type { Catalogue } from '@/lib/i18n/locale';

/** The main navigation's labels by path. */
const en = {
  '/markets': 'Markets',
  '/backtests': 'Backtests',
  '/watchlists': 'Watchlists',
  '/bots': 'Bots',
  '/trading/accounts': 'Trading accounts',
  '/advisor': 'Advisor',
  '/shadow-portfolio': 'Shadow portfolio',
  '/portfolio': 'Portfolio',
  '/alerts': 'Alerts',
  '/settings': 'Settings',
  '/admin': 'Admin',
  main: 'Main',
};

export type NavMessages = typeof en;

const ko: NavMessages = {
  '/markets': '시장',
  '/backtests': '백테스트',
  '/watchlists': '관심 종목',
  '/bots': '자동매매 봇',
  '/trading/accounts': '거래 계좌',
  '/advisor': '어드바이저',
  '/shadow-portfolio': '섀도 포트폴리오',
  '/portfolio': '포트폴리오',
  '/alerts': '알림',
  '/settings': '설정',
  '/admin': '관리',
  main: '주 메뉴',
};

export const NAV_MESSAGES: Catalogue<NavMessages> = { en, ko };
