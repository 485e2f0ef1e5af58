import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { ProfileUpdate } from '../api/types';
import { profileFixture } from '../testing/fixtures';

import { ProfileSettings } from './profile-form';

const ROUTES = [{ path: '/settings', element: <ProfileSettings /> }];

describe('ProfileSettings', () => {
  it('saves every setting and switches the interface to the chosen language', async () => {
    const puts: ProfileUpdate[] = [];
    mockFetch({
      '/api/v1/users/profile': async (_url, request) => {
        if (request.method === 'GET') return { body: profileFixture() };
        const body = (await request.json()) as ProfileUpdate;
        puts.push(body);
        return { body: profileFixture({ ...body, displayName: body.displayName }) };
      },
    });
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/settings');
    expect(await screen.findByLabelText('Email')).toHaveValue('jane@example.com');
    await user.clear(screen.getByLabelText('Display name'));
    await user.type(screen.getByLabelText('Display name'), '지우');
    await user.selectOptions(screen.getByLabelText('Language'), 'ko');
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Asia/Seoul');
    await user.selectOptions(screen.getByLabelText('Base currency'), 'KRW');
    await user.selectOptions(screen.getByLabelText('Experience'), 'EXPERIENCED');
    await user.selectOptions(screen.getByLabelText('Risk tolerance'), 'CONSERVATIVE');
    await user.click(screen.getByLabelText('By email'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('설정을 저장했습니다.')).toBeInTheDocument();
    expect(puts).toEqual([
      {
        displayName: '지우',
        locale: 'ko',
        timeZone: 'Asia/Seoul',
        baseCurrency: 'KRW',
        experienceLevel: 'EXPERIENCED',
        riskTolerance: 'CONSERVATIVE',
        notifications: { inApp: true, email: true, push: false },
      },
    ]);
    expect(screen.getByLabelText('기준 통화')).toHaveValue('KRW');
  });

  it('puts the server’s word on a field under it', async () => {
    mockFetch({
      '/api/v1/users/profile': (_url, request) =>
        request.method === 'GET'
          ? { body: profileFixture() }
          : {
              status: 400,
              body: {
                title: 'Invalid request',
                status: 400,
                code: 'invalid-request',
                errors: [{ field: 'timeZone', message: 'is not a known time zone' }],
              },
            },
    });
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/settings');
    const zone = await screen.findByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('profile-time-zone-error')).toHaveTextContent(
      'is not a known time zone',
    );
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save the settings');
  });
});
