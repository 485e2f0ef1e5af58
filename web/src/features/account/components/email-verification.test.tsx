import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { sessionFixture, setSessionHint } from '../testing/fixtures';

import { EmailVerificationNotice, EmailVerificationResult } from './email-verification';

describe('EmailVerificationResult', () => {
  it('confirms the token once, even with React’s double effects, and says so', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/email-verification/confirm': async (_url, request) => {
        bodies.push(await request.json());
        return { status: 204 };
      },
    });
    renderRoutes(
      [
        {
          path: '/verify-email',
          element: (
            <StrictMode>
              <EmailVerificationResult token="tok-123" />
            </StrictMode>
          ),
        },
      ],
      '/verify-email?token=tok-123',
    );
    expect(
      await screen.findByText('Your email address is confirmed. Thank you.'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ token: 'tok-123' }]);
    expect(screen.getByRole('link', { name: 'Go to Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });

  it('says when the link no longer works', async () => {
    mockFetch({
      '/api/v1/auth/email-verification/confirm': () => ({
        status: 400,
        body: {
          title: 'Invalid or expired token',
          status: 400,
          code: 'invalid-token',
          detail: 'The link is wrong, was used already, or has expired.',
        },
      }),
    });
    renderRoutes(
      [{ path: '/verify-email', element: <EmailVerificationResult token="old" /> }],
      '/verify-email?token=old',
      { locale: 'ko' },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('이미 사용했거나 만료된 링크입니다');
    expect(alert).toHaveTextContent('invalid-token');
  });

  it('needs a token and sends nothing without one', () => {
    const { fetchMock } = mockFetch({});
    renderRoutes(
      [{ path: '/verify-email', element: <EmailVerificationResult token={null} /> }],
      '/verify-email',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'This page needs the link from the verification email.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('EmailVerificationNotice', () => {
  afterEach(() => setSessionHint(false));

  function renderNotice(locale: 'en' | 'ko' = 'en') {
    setSessionHint(true);
    return renderRoutes(
      [{ path: '/settings', element: <EmailVerificationNotice /> }],
      '/settings',
      { locale },
    );
  }

  it('tells an unverified user and sends another link', async () => {
    let sent = 0;
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture({ emailVerified: false }) }),
      '/api/v1/auth/email-verification': () => {
        sent++;
        return { status: 202 };
      },
    });
    const user = userEvent.setup();
    renderNotice();
    expect(await screen.findByText('Your email address is not verified yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resend the email' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sent.');
    expect(sent).toBe(1);
    expect(screen.queryByRole('button', { name: 'Resend the email' })).not.toBeInTheDocument();
  });

  it('shows nothing once the email is verified', async () => {
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture({ emailVerified: true }) }),
    });
    const { queryClient, container } = renderNotice();
    await waitFor(() =>
      expect(queryClient.getQueryData(['account', 'session'])).toMatchObject({
        emailVerified: true,
      }),
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows why the email could not be sent', async () => {
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture({ emailVerified: false }) }),
      '/api/v1/auth/email-verification': () => ({
        status: 503,
        body: {
          title: 'Email is not configured',
          status: 503,
          code: 'mail-not-configured',
          detail: 'This server sends no email.',
        },
      }),
    });
    const user = userEvent.setup();
    renderNotice('ko');
    await user.click(await screen.findByRole('button', { name: '인증 메일 다시 보내기' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('인증 메일을 보내지 못했습니다');
    expect(alert).toHaveTextContent('mail-not-configured');
  });
});
