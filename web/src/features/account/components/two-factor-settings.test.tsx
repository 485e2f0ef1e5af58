import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Session, TwoFactorStatus } from '../api/types';
import { sessionFixture } from '../testing/fixtures';

import { TwoFactorSettings } from './two-factor-settings';

const URI =
  'otpauth://totp/Sage%3Aj***%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Sage&algorithm=SHA1&digits=6&period=30';
const CODES = Array.from({ length: 10 }, (_, index) => `code${index}-abcde`);

function serve(initial: TwoFactorStatus, session: Session = sessionFixture()) {
  let status = initial;
  const bodies: { method: string; path: string; body: unknown }[] = [];
  const record = async (url: URL, request: Request) => {
    const text = await request.text();
    bodies.push({
      method: request.method,
      path: url.pathname,
      body: text ? JSON.parse(text) : null,
    });
  };
  const mock = mockFetch({
    '/api/v1/auth/session': () => ({ body: session }),
    '/api/v1/users/2fa': async (url, request) => {
      if (request.method === 'GET') return { body: status };
      await record(url, request);
      status = { enabled: false, recoveryCodesLeft: 0, required: false };
      return { status: 204 };
    },
    '/api/v1/users/2fa/setup': () => ({ body: { otpauthUri: URI } }),
    '/api/v1/users/2fa/confirm': async (url, request) => {
      await record(url, request);
      const { code } = (bodies.at(-1)?.body ?? {}) as { code?: string };
      if (code !== '654321') {
        return {
          status: 401,
          body: {
            title: 'Invalid second factor',
            status: 401,
            code: 'invalid-second-factor',
            detail: 'The code is wrong or expired.',
          },
        };
      }
      status = {
        enabled: true,
        enabledAt: '2026-05-04T09:30:00Z',
        recoveryCodesLeft: 10,
        required: status.required,
      };
      return { body: { recoveryCodes: CODES } };
    },
  });
  return { ...mock, bodies };
}

function renderSettings(locale: 'en' | 'ko' = 'en') {
  return renderRoutes(
    [{ path: '/settings/security', element: <TwoFactorSettings /> }],
    '/settings/security',
    { locale },
  );
}

describe('TwoFactorSettings', () => {
  it('sets up two-factor authentication with a QR code, then shows the recovery codes once', async () => {
    const { bodies } = serve({ enabled: false, recoveryCodesLeft: 0, required: false });
    const user = userEvent.setup();
    renderSettings();
    expect(await screen.findByText('Off.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set up' }));

    expect(
      await screen.findByRole('img', { name: 'QR code to add Sage to an authenticator app' }),
    ).toBeInTheDocument();
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();

    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '111111');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('invalid-second-factor');

    await user.clear(code);
    await user.type(code, '654 321');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));
    const list = await screen.findByRole('list', { name: 'Your recovery codes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByRole('alert')).toHaveTextContent('shows them only this once');
    expect(bodies.filter((entry) => entry.path.endsWith('/confirm')).at(-1)?.body).toEqual({
      code: '654321',
    });

    await user.click(screen.getByRole('button', { name: 'Copy codes' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('code0-abcde\ncode1-abcde');

    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByText(/On since May \d, 2026\./)).toBeInTheDocument();
    expect(screen.getByText(/10 recovery codes left\./)).toBeInTheDocument();
    expect(screen.queryByText('code0-abcde')).not.toBeInTheDocument();
  });

  it('turns it off with a recovery code', async () => {
    const { bodies } = serve({
      enabled: true,
      enabledAt: '2026-05-04T09:30:00Z',
      recoveryCodesLeft: 1,
      required: false,
    });
    const user = userEvent.setup();
    renderSettings();
    expect(await screen.findByText(/1 recovery code left\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(screen.getByTestId('two-factor-disable-code-error')).toHaveTextContent('Enter this.');
    await user.type(screen.getByLabelText('Code or recovery code'), 'k7hqp-2mzxa');
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(await screen.findByText('Two-factor authentication is now off.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up' })).toBeInTheDocument();
    expect(bodies).toEqual([
      { method: 'DELETE', path: '/api/v1/users/2fa', body: { recoveryCode: 'k7hqp-2mzxa' } },
    ]);
  });

  it('offers no way to turn it off when the account must keep it', async () => {
    serve({
      enabled: true,
      enabledAt: '2026-05-04T09:30:00Z',
      recoveryCodesLeft: 9,
      required: true,
    });
    renderSettings('ko');
    expect(
      await screen.findByText('관리자 계정은 2단계 인증을 끌 수 없습니다.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/남은 복구 코드: 9개\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '끄기' })).not.toBeInTheDocument();
  });

  it('explains why an administrator has to enrol', async () => {
    serve(
      { enabled: false, recoveryCodesLeft: 0, required: true },
      sessionFixture({ role: 'ADMIN', secondFactorEnrolmentRequired: true }),
    );
    renderSettings();
    expect(
      await screen.findByText(/set up two-factor authentication before you use/),
    ).toBeVisible();
  });
});
