import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { sessionFixture } from '../testing/fixtures';

import { SignInForm } from './sign-in-form';
import { SignUpForm } from './sign-up-form';

const GOOGLE = { id: 'google', displayName: 'Google', signInUrl: '/api/v1/auth/oidc/google' };
const CORP = { id: 'corp', displayName: 'Corp SSO', signInUrl: '/api/v1/auth/oidc/corp' };

describe('Sign-in with a provider', () => {
  it('offers a button for each configured provider', async () => {
    mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [GOOGLE, CORP] } }) });
    renderRoutes([{ path: '/sign-in', element: <SignInForm /> }], '/sign-in');
    const google = await screen.findByRole('link', { name: 'Continue with Google' });
    expect(google).toHaveAttribute('href', '/api/v1/auth/oidc/google');
    expect(screen.getByRole('link', { name: 'Continue with Corp SSO' })).toHaveAttribute(
      'href',
      '/api/v1/auth/oidc/corp',
    );
    expect(screen.getByText('or with your email')).toBeInTheDocument();
  });

  it('comes back to where the visitor was going', async () => {
    mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [GOOGLE] } }) });
    renderRoutes([{ path: '/sign-in', element: <SignInForm /> }], '/sign-in?next=%2Fwatchlists');
    expect(await screen.findByRole('link', { name: 'Continue with Google' })).toHaveAttribute(
      'href',
      '/api/v1/auth/oidc/google?next=%2Fwatchlists',
    );
  });

  it('never carries a path to another site', async () => {
    mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [GOOGLE] } }) });
    renderRoutes(
      [{ path: '/sign-in', element: <SignInForm /> }],
      '/sign-in?next=%2F%2Fevil.example',
    );
    expect(await screen.findByRole('link', { name: 'Continue with Google' })).toHaveAttribute(
      'href',
      '/api/v1/auth/oidc/google',
    );
  });

  it('offers them on the sign-up page too, in Korean', async () => {
    mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [GOOGLE] } }) });
    renderRoutes([{ path: '/sign-up', element: <SignUpForm /> }], '/sign-up', { locale: 'ko' });
    expect(await screen.findByRole('link', { name: 'Google 계정으로 계속하기' })).toHaveAttribute(
      'href',
      '/api/v1/auth/oidc/google',
    );
  });

  it('shows no button when none is configured', async () => {
    const { calls } = mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [] } }) });
    renderRoutes([{ path: '/sign-in', element: <SignInForm /> }], '/sign-in');
    await screen.findByRole('button', { name: 'Sign in' });
    await expect.poll(() => calls.length).toBe(1);
    expect(screen.queryByRole('link', { name: /Continue with/ })).not.toBeInTheDocument();
    expect(screen.queryByText('or with your email')).not.toBeInTheDocument();
  });

  it('says why the provider sign-in was refused', async () => {
    mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [GOOGLE] } }) });
    renderRoutes(
      [{ path: '/sign-in', element: <SignInForm /> }],
      '/sign-in?error=oidc-email-not-verified',
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not sign in with the provider');
    expect(alert).toHaveTextContent('The provider did not confirm your email address');
    expect(alert).toHaveTextContent('oidc-email-not-verified');
  });

  it('says so in Korean, and never shows text it does not know as a code', async () => {
    mockFetch({ '/api/v1/auth/providers': () => ({ body: { items: [] } }) });
    renderRoutes(
      [{ path: '/sign-in', element: <SignInForm /> }],
      '/sign-in?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      { locale: 'ko' },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('외부 계정으로 로그인하지 못했습니다');
    expect(alert).toHaveTextContent('oidc-sign-in-failed');
    expect(alert).not.toHaveTextContent('script');
  });

  it('asks for the second factor when the provider sign-in waits for it', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/v1/auth/providers': () => ({ body: { items: [GOOGLE] } }),
      '/api/v1/auth/login/2fa': async (_url, request) => {
        bodies.push(await request.json());
        return { body: sessionFixture({ secondFactorVerified: true }) };
      },
    });
    const user = userEvent.setup();
    const { router } = renderRoutes(
      [
        { path: '/sign-in', element: <SignInForm /> },
        { path: '/markets', element: <p>Markets page</p> },
      ],
      '/sign-in?second-factor=required',
    );
    const code = await screen.findByLabelText('Authentication code');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Markets page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/markets');
    expect(bodies).toEqual([{ code: '123456' }]);
  });
});
