import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

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
