import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { sessionFixture } from '../testing/fixtures';

import { SignInForm } from './sign-in-form';

describe('SignInForm', () => {
  it('shows a refused sign-in as the server said it, without blaming a field', async () => {
    mockFetch({
      '/api/v1/auth/login': () => ({
        status: 401,
        body: {
          title: 'Invalid email or password',
          status: 401,
          code: 'invalid-credentials',
          detail: 'The email or the password is wrong.',
        },
      }),
    });
    const user = userEvent.setup();
    renderRoutes([{ path: '/sign-in', element: <SignInForm /> }], '/sign-in');
    await user.type(screen.getByLabelText('Email'), 'jane@example.com');
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not sign in');
    expect(alert).toHaveTextContent('The email or the password is wrong.');
    expect(alert).toHaveTextContent('invalid-credentials');
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'false');
  });

  it('says when sign-in is locked', async () => {
    mockFetch({
      '/api/v1/auth/login': () => ({
        status: 429,
        body: {
          title: 'Sign-in locked',
          status: 429,
          code: 'sign-in-locked',
          detail: 'Too many failed sign-ins. Try again in 60 seconds.',
        },
      }),
    });
    const user = userEvent.setup();
    renderRoutes([{ path: '/sign-in', element: <SignInForm /> }], '/sign-in', { locale: 'ko' });
    await user.type(screen.getByLabelText('이메일'), 'jane@example.com');
    await user.type(screen.getByLabelText('비밀번호'), 'x');
    await user.click(screen.getByRole('button', { name: '로그인' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 60 seconds.');
    expect(screen.getByRole('heading', { name: '로그인하지 못했습니다' })).toBeInTheDocument();
  });

  it('can show the password it hides', async () => {
    const user = userEvent.setup();
    renderRoutes([{ path: '/sign-in', element: <SignInForm /> }], '/sign-in');
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    await user.click(screen.getByLabelText('Show password'));
    expect(password).toHaveAttribute('type', 'text');
  });
});

describe('SignInForm with two-factor authentication', () => {
  const challenge = {
    secondFactor: 'required',
    methods: ['totp', 'recovery-code'],
    expiresAt: '2026-05-04T09:35:00Z',
  };

  async function passPasswordStep(locale: 'en' | 'ko' = 'en') {
    const user = userEvent.setup();
    const view = renderRoutes(
      [
        { path: '/sign-in', element: <SignInForm /> },
        { path: '/watchlists', element: <p>Watchlists page</p> },
      ],
      '/sign-in?next=%2Fwatchlists',
      { locale },
    );
    await user.type(
      screen.getByLabelText(locale === 'en' ? 'Email' : '이메일'),
      'jane@example.com',
    );
    await user.type(
      screen.getByLabelText(locale === 'en' ? 'Password' : '비밀번호'),
      'correct horse battery staple',
    );
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Sign in' : '로그인' }));
    return { user, ...view };
  }

  it('asks for the code after a 202 and then signs in', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/login': () => ({ status: 202, body: challenge }),
      '/api/v1/auth/login/2fa': async (_url, request) => {
        bodies.push(await request.json());
        return { body: sessionFixture({ secondFactorVerified: true }) };
      },
    });
    const { user, router, queryClient } = await passPasswordStep();
    const code = await screen.findByLabelText('Authentication code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Watchlists page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/watchlists');
    expect(bodies).toEqual([{ code: '123456' }]);
    expect(queryClient.getQueryData(['account', 'session'])).toMatchObject({
      email: 'jane@example.com',
    });
  });

  it('checks the code has six digits before sending it', async () => {
    const { calls } = mockFetch({
      '/api/v1/auth/login': () => ({ status: 202, body: challenge }),
    });
    const { user } = await passPasswordStep();
    await user.type(await screen.findByLabelText('Authentication code'), '12ab');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByTestId('sign-in-code-error')).toHaveTextContent(
      'Enter the 6 digits your app shows.',
    );
    // the password step only (the sign-in providers are asked for once, on their own)
    expect(calls.filter((url) => url.pathname.startsWith('/api/v1/auth/login'))).toHaveLength(1);
  });

  it('takes a recovery code instead', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/login': () => ({ status: 202, body: challenge }),
      '/api/v1/auth/login/2fa': async (_url, request) => {
        bodies.push(await request.json());
        return { body: sessionFixture() };
      },
    });
    const { user } = await passPasswordStep();
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText('Recovery code'), ' k7hqp-2mzxa ');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Watchlists page')).toBeInTheDocument();
    expect(bodies).toEqual([{ recoveryCode: 'k7hqp-2mzxa' }]);
  });

  it('shows a wrong code as the server said it and lets the user try again', async () => {
    mockFetch({
      '/api/v1/auth/login': () => ({ status: 202, body: challenge }),
      '/api/v1/auth/login/2fa': () => ({
        status: 401,
        body: {
          title: 'Invalid second factor',
          status: 401,
          code: 'invalid-second-factor',
          detail: 'The code is wrong, used or expired.',
        },
      }),
    });
    const { user } = await passPasswordStep('ko');
    await user.type(await screen.findByLabelText('인증 코드'), '000000');
    await user.click(screen.getByRole('button', { name: '확인' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('코드를 확인하지 못했습니다');
    expect(alert).toHaveTextContent('invalid-second-factor');
    expect(screen.getByLabelText('인증 코드')).toHaveValue('');
  });

  it('goes back to the password when the pending sign-in expired', async () => {
    mockFetch({
      '/api/v1/auth/login': () => ({ status: 202, body: challenge }),
      '/api/v1/auth/login/2fa': () => ({
        status: 401,
        body: {
          title: 'No pending sign-in',
          status: 401,
          code: 'no-pending-sign-in',
          detail: 'No sign-in waits for a second factor.',
        },
      }),
    });
    const { user } = await passPasswordStep();
    await user.type(await screen.findByLabelText('Authentication code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sign-in waited too long for its code.');
    expect(alert).toHaveTextContent('no-pending-sign-in');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email')).toHaveValue('jane@example.com');
  });
});
