import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { profileFixture, sessionFixture } from '../testing/fixtures';

import { SignUpForm } from './sign-up-form';

const ROUTES = [
  { path: '/sign-up', element: <SignUpForm /> },
  { path: '/settings', element: <p>Settings page</p> },
  { path: '/markets', element: <p>Markets page</p> },
];

const REFUSED = {
  status: 400,
  body: {
    title: 'Invalid request',
    status: 400,
    code: 'invalid-request',
    detail: 'The request has invalid fields.',
    errors: [
      {
        field: 'password',
        message: 'must be at least 12 characters (it has 5); a few unrelated words make a good one',
      },
    ],
  },
};

describe('SignUpForm', () => {
  it('shows the server’s reason for a refused password under the field, tied to it', async () => {
    mockFetch({ '/api/v1/auth/register': () => REFUSED });
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/sign-up');
    await user.type(screen.getByLabelText('Email'), 'jane@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    const reason = await screen.findByTestId('sign-up-password-error');
    expect(reason).toHaveTextContent('must be at least 12 characters (it has 5)');
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/12 to 128 characters.*it has 5/);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not create the account');

    // Typing again clears the server's word on the field.
    await user.type(password, ' and more words');
    expect(screen.queryByTestId('sign-up-password-error')).not.toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'false');
  });

  it('checks for an email before asking the server', async () => {
    const { calls } = mockFetch({});
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/sign-up');
    await user.type(screen.getByLabelText('Email'), 'jane');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByTestId('sign-up-email-error')).toHaveTextContent(
      'Enter an email address such as jane@example.com.',
    );
    expect(screen.getByTestId('sign-up-password-error')).toHaveTextContent('Enter this.');
    // nothing but the sign-in providers, asked for when the form opens
    expect(calls.filter((url) => url.pathname !== '/api/v1/auth/providers')).toEqual([]);
  });

  it('registers, keeps the form’s language and the browser’s zone in the profile, and goes on', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/register': async (_url, request) => {
        bodies.push(await request.json());
        return { status: 201, body: sessionFixture({ displayName: 'Ji-woo' }) };
      },
      '/api/v1/users/profile': async (_url, request) => {
        if (request.method === 'GET') return { body: profileFixture() };
        bodies.push(await request.json());
        return { body: profileFixture({ locale: 'ko', timeZone: 'Asia/Seoul' }) };
      },
    });
    const user = userEvent.setup();
    const { router } = renderRoutes(ROUTES, '/sign-up?next=%2Fsettings', { locale: 'ko' });
    await user.type(screen.getByLabelText('이메일'), 'jiwoo@example.com');
    await user.type(screen.getByLabelText(/표시 이름/), 'Ji-woo');
    await user.type(screen.getByLabelText('비밀번호'), 'violet canoe drums at noon');
    await user.click(screen.getByRole('button', { name: '회원가입' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'));
    expect(bodies[0]).toEqual({
      email: 'jiwoo@example.com',
      password: 'violet canoe drums at noon',
      displayName: 'Ji-woo',
    });
    expect(bodies[1]).toMatchObject({
      locale: 'ko',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });
});
