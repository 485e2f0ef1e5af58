import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { LocaleProvider } from '@/lib/i18n/locale-provider';

import { QuestionForm } from './question-form';

function renderForm({
  busy = false,
  locale = 'en',
}: { busy?: boolean; locale?: 'en' | 'ko' } = {}) {
  const onAsk = vi.fn((_text: string) => true);
  const view = render(
    <LocaleProvider locale={locale}>
      <QuestionForm onAsk={onAsk} busy={busy} />
    </LocaleProvider>,
  );
  return { ...view, onAsk };
}

describe('QuestionForm', () => {
  it('sends the trimmed question on Enter and empties the box', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderForm();
    const box = screen.getByRole('textbox', { name: 'Your question' });
    await user.type(box, '  How is BTC doing?  {Enter}');
    expect(onAsk).toHaveBeenCalledWith('How is BTC doing?');
    expect(box).toHaveValue('');
  });

  it('starts a new line on Shift+Enter, and sends with the button too', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderForm();
    const box = screen.getByLabelText('Your question');
    await user.type(box, 'Compare BTC{Shift>}{Enter}{/Shift}and SPY');
    expect(onAsk).not.toHaveBeenCalled();
    expect(box).toHaveValue('Compare BTC\nand SPY');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(onAsk).toHaveBeenCalledWith('Compare BTC\nand SPY');
  });

  it('does not send on the Enter that ends a Korean composition', () => {
    const { onAsk } = renderForm();
    const box = screen.getByLabelText('Your question');
    fireEvent.change(box, { target: { value: '비트코인 어때' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onAsk).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAsk).toHaveBeenCalledWith('비트코인 어때');
  });

  it('cannot send a blank question, and says why on Enter', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderForm();
    const box = screen.getByLabelText('Your question');
    expect(screen.getByRole('button', { name: 'Ask' })).toBeDisabled();
    await user.type(box, '   {Enter}');
    expect(onAsk).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Ask' })).toBeDisabled();
    expect(screen.getByTestId('question-error')).toHaveTextContent('Write a question first.');
    await user.type(box, 'x');
    expect(screen.queryByTestId('question-error')).not.toBeInTheDocument();
  });

  it('counts the characters and refuses more than 2,000', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderForm();
    const box = screen.getByLabelText('Your question');
    expect(screen.getByTestId('question-count')).toHaveTextContent('0 / 2,000 characters');
    fireEvent.change(box, { target: { value: 'x'.repeat(2000) } });
    expect(screen.getByTestId('question-count')).toHaveTextContent('2,000 / 2,000 characters');
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('button', { name: 'Ask' })).toBeEnabled();

    await user.type(box, 'y');
    expect(screen.getByTestId('question-count')).toHaveTextContent('2,001 / 2,000 characters');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/The question is too long/);
    expect(screen.getByRole('alert')).toHaveTextContent('The question is too long');
    expect(screen.getByRole('button', { name: 'Ask' })).toBeDisabled();
    await user.type(box, '{Enter}');
    expect(onAsk).not.toHaveBeenCalled();
  });

  it('is disabled while an answer is written', async () => {
    const user = userEvent.setup();
    const { onAsk } = renderForm({ busy: true });
    const box = screen.getByLabelText('Your question');
    expect(box).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Asking…' })).toBeDisabled();
    await user.type(box, 'BTC?{Enter}');
    expect(onAsk).not.toHaveBeenCalled();
  });

  it('keeps the question when it could not be sent', async () => {
    const user = userEvent.setup();
    const onAsk = vi.fn(() => Promise.resolve(false));
    render(<QuestionForm onAsk={onAsk} busy={false} />);
    await user.type(screen.getByLabelText('Your question'), 'BTC?{Enter}');
    expect(onAsk).toHaveBeenCalledWith('BTC?');
    expect(screen.getByLabelText('Your question')).toHaveValue('BTC?');
  });

  it('speaks Korean on a Korean page', () => {
    renderForm({ locale: 'ko' });
    expect(screen.getByRole('textbox', { name: '질문' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '질문하기' })).toBeDisabled();
    expect(screen.getByTestId('question-count')).toHaveTextContent('0 / 2,000자');
  });
});
