import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch, type MockReply } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { AdvisorProfile, ProfileEdit } from '../api/types';
import { advisorProfileFixture, CHAT_ID } from '../testing/fixtures';

import { ProfilePanel } from './profile-panel';

function renderPanel(locale: 'en' | 'ko' = 'en') {
  return renderRoutes([{ path: '/', element: <ProfilePanel /> }], '/', { locale });
}

function serve(profile: AdvisorProfile, put: (edit: ProfileEdit) => MockReply) {
  const edits: ProfileEdit[] = [];
  mockFetch({
    '/api/v1/advisor/profile': async (_url, request) => {
      if (request.method === 'GET') return { body: profile };
      const edit = (await request.json()) as ProfileEdit;
      edits.push(edit);
      return put(edit);
    },
  });
  return edits;
}

describe('ProfilePanel', () => {
  it('shows each part with where it comes from, and the questions an inference came from', async () => {
    serve(advisorProfileFixture(), () => ({ status: 500 }));
    renderPanel();
    const experience = await screen.findByTestId('profile-experience');
    expect(experience).toHaveAttribute('data-source', 'INFERRED');
    expect(experience).toHaveTextContent('Expert');
    expect(experience).toHaveTextContent('Inferred from your questions, 100% sure');
    expect(
      within(experience).getByRole('link', {
        name: '“I’m an experienced trader and I like aggressive bets.”',
      }),
    ).toHaveAttribute('href', `/advisor/${CHAT_ID}`);
    const tolerance = screen.getByTestId('profile-tolerance');
    expect(tolerance).toHaveTextContent('Low');
    expect(tolerance).toHaveTextContent('Assumed until you say: the most careful');
    expect(within(tolerance).queryByText('Why')).not.toBeInTheDocument();
    expect(screen.getByTestId('profile-assets')).toHaveTextContent('BTC-USD');
    expect(screen.getByTestId('profile-assets')).toHaveTextContent('Named most in your questions');
    // nothing set yet, so nothing to put back
    expect(screen.queryByTestId('reset-profile')).not.toBeInTheDocument();
  });

  it('says so in Korean', async () => {
    serve(
      advisorProfileFixture({
        tolerance: { value: 'HIGH', source: 'ACCOUNT', confidence: 1, evidence: [] },
        assets: [],
      }),
      () => ({ status: 500 }),
    );
    renderPanel('ko');
    expect(await screen.findByRole('heading', { name: '내 프로필' })).toBeInTheDocument();
    expect(await screen.findByTestId('profile-experience')).toHaveTextContent('숙련');
    expect(screen.getByTestId('profile-experience')).toHaveTextContent(
      '질문에서 추론, 확신도 100%',
    );
    expect(screen.getByTestId('profile-tolerance')).toHaveTextContent('높음');
    expect(screen.getByTestId('profile-tolerance')).toHaveTextContent('계정 설정에서');
    expect(screen.getByTestId('profile-assets')).toHaveTextContent('아직 언급한 자산이 없습니다');
  });

  it('sets experience and the assets, leaves tolerance to inference, and shows what was set', async () => {
    const set = advisorProfileFixture({
      experience: { value: 'INTERMEDIATE', source: 'SET', confidence: 1, evidence: [] },
      assets: [
        { symbol: 'BTC-USD', name: 'Bitcoin', mentions: 1, confidence: 1, evidence: [] },
        { symbol: 'SPY', name: 'SPDR S&P 500 ETF', mentions: 0, confidence: 1, evidence: [] },
      ],
      assetsSource: 'SET',
    });
    const edits = serve(advisorProfileFixture(), () => ({ body: set }));
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByTestId('edit-profile'));
    const form = screen.getByRole('form', { name: 'Edit your profile' });
    // what is inferred is not set: the form starts on "infer"
    expect(within(form).getByLabelText('Experience')).toHaveValue('');
    await user.selectOptions(within(form).getByLabelText('Experience'), 'INTERMEDIATE');
    await user.click(within(form).getByTestId('choose-assets'));
    const assets = within(form).getByLabelText('Symbols, separated by commas');
    expect(assets).toHaveValue('BTC-USD');
    await user.type(assets, ', SPY');
    await user.click(within(form).getByTestId('save-profile'));

    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(edits).toEqual([
      { experience: 'INTERMEDIATE', tolerance: null, assets: ['BTC-USD', 'SPY'] },
    ]);
    expect(screen.getByTestId('profile-experience')).toHaveTextContent('Set by you');
    expect(screen.getByTestId('profile-assets')).toHaveTextContent('Chosen by you');
    expect(screen.getByTestId('reset-profile')).toBeInTheDocument();
  });

  it('shows the server’s word on a symbol it does not list and keeps the form open', async () => {
    const edits = serve(advisorProfileFixture(), () => ({
      status: 400,
      body: {
        title: 'Invalid request',
        status: 400,
        code: 'invalid-request',
        detail: "assets[1]: Sage lists no asset 'NOPE'",
        requestId: 'req-7',
        errors: [{ field: 'assets[1]', message: "Sage lists no asset 'NOPE'" }],
      },
    }));
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByTestId('edit-profile'));
    await user.click(screen.getByTestId('choose-assets'));
    const assets = screen.getByLabelText('Symbols, separated by commas');
    await user.clear(assets);
    await user.type(assets, 'BTC-USD NOPE');
    await user.click(screen.getByTestId('save-profile'));

    expect(
      await screen.findByText("Sage lists no asset 'NOPE'", { selector: '.form-field-error' }),
    ).toBeInTheDocument();
    expect(assets).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('req-7');
    expect(edits).toEqual([{ experience: null, tolerance: null, assets: ['BTC-USD', 'NOPE'] }]);
    expect(screen.getByRole('form')).toBeInTheDocument();
  });

  it('puts a set profile back to inference', async () => {
    const edits = serve(
      advisorProfileFixture({
        tolerance: { value: 'MEDIUM', source: 'SET', confidence: 1, evidence: [] },
      }),
      () => ({ body: advisorProfileFixture() }),
    );
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByTestId('reset-profile'));
    await waitFor(() =>
      expect(screen.getByTestId('profile-tolerance')).toHaveAttribute('data-source', 'ASSUMED'),
    );
    expect(edits).toEqual([{}]);
  });
});
