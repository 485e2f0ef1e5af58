import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { PasswordResetForm, PasswordResetRequestForm } from './password-reset-forms';
import { SignInForm } from './sign-in-form';

const RESET_ROUTES = [
  { path: '/reset-password', element: <PasswordResetRequestForm /> },
  { path: '/sign-in', element: <p>Sign-in page</p> },
];

describe('PasswordResetRequestForm', () => {
  it('asks for a link and says only that one is on its way if the account exists', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/password-reset': async (_url, request) => {
        bodies.push(await request.json());
        return { status: 202 };
      },
    });
    const user = userEvent.setup();
    renderRoutes(RESET_ROUTES, '/reset-password');
    await user.type(screen.getByLabelText('Email'), ' jane@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'If an account has this email, a link is on its way.',
    );
    expect(bodies).toEqual([{ email: 'jane@example.com' }]);
  });

  it('checks the email before asking', async () => {
    const { fetchMock } = mockFetch({});
    const user = userEvent.setup();
    renderRoutes(RESET_ROUTES, '/reset-password');
    await user.type(screen.getByLabelText('Email'), 'jane');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(screen.getByTestId('reset-email-error')).toHaveTextContent(
      'Enter an email address such as jane@example.com.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows that the server sends no email', async () => {
    mockFetch({
      '/api/v1/auth/password-reset': () => ({
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
    renderRoutes(RESET_ROUTES, '/reset-password', { locale: 'ko' });
    await user.type(screen.getByLabelText('이메일'), 'jane@example.com');
    await user.click(screen.getByRole('button', { name: '링크 보내기' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('재설정 링크를 요청하지 못했습니다');
    expect(alert).toHaveTextContent('mail-not-configured');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('PasswordResetForm', () => {
  const routes = [
    { path: '/reset-password', element: <PasswordResetForm token="tok-123" /> },
    { path: '/sign-in', element: <p>Sign-in page</p> },
  ];

  it('sets the new password with the token and points to sign-in', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/password-reset/confirm': async (_url, request) => {
        bodies.push(await request.json());
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderRoutes(routes, '/reset-password?token=tok-123');
    const password = screen.getByLabelText('New password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    await user.type(password, 'violet canoe drums at noon');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your password is changed.');
    expect(bodies).toEqual([{ token: 'tok-123', password: 'violet canoe drums at noon' }]);
    await user.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
  });

  it('shows the server’s reasons for refusing the password on the field', async () => {
    mockFetch({
      '/api/v1/auth/password-reset/confirm': () => ({
        status: 400,
        body: {
          title: 'Invalid request',
          status: 400,
          code: 'invalid-request',
          errors: [{ field: 'password', message: 'must be at least 12 characters (it has 5)' }],
        },
      }),
    });
    const user = userEvent.setup();
    renderRoutes(routes, '/reset-password?token=tok-123');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByTestId('reset-password-error')).toHaveTextContent(
      'must be at least 12 characters (it has 5)',
    );
    expect(screen.queryByRole('link', { name: 'Ask for a new link' })).not.toBeInTheDocument();
  });

  it('offers a new link when the token no longer works', async () => {
    mockFetch({
      '/api/v1/auth/password-reset/confirm': () => ({
        status: 400,
        body: {
          title: 'Invalid or expired token',
          status: 400,
          code: 'invalid-token',
          detail: 'The link is wrong, was used already, or has expired.',
          requestId: 'req-1',
        },
      }),
    });
    const user = userEvent.setup();
    renderRoutes(routes, '/reset-password?token=tok-123', { locale: 'ko' });
    await user.type(screen.getByLabelText('새 비밀번호'), 'violet canoe drums at noon');
    await user.click(screen.getByRole('button', { name: '새 비밀번호 저장' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('만료된 링크입니다');
    expect(alert).toHaveTextContent('invalid-token');
    expect(screen.getByRole('link', { name: '새 링크 요청하기' })).toHaveAttribute(
      'href',
      '/reset-password',
    );
  });
});

describe('SignInForm', () => {
  it('links to the password reset', async () => {
    const user = userEvent.setup();
    renderRoutes(
      [
        { path: '/sign-in', element: <SignInForm /> },
        { path: '/reset-password', element: <PasswordResetRequestForm /> },
      ],
      '/sign-in',
    );
    await user.click(screen.getByRole('link', { name: 'Forgot password?' }));
    expect(await screen.findByRole('button', { name: 'Send the link' })).toBeInTheDocument();
  });
});
