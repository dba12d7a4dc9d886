// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../electron/shared/api';
import type { NewKnowledgeEntry } from '../../../../electron/shared/models';
import { KnowledgeForm } from './KnowledgeForm';

afterEach(cleanup);

function renderForm(onSubmit: (entry: NewKnowledgeEntry) => Promise<void>) {
  render(<KnowledgeForm categories={['Services']} submitLabel="Add entry" onSubmit={onSubmit} />);
  const category = screen.getByLabelText('Category') as HTMLInputElement;
  const content = screen.getByLabelText('What the receptionist should know') as HTMLTextAreaElement;
  return { category, content, submit: () => fireEvent.click(screen.getByRole('button', { name: 'Add entry' })) };
}

describe('the knowledge form', () => {
  it("says what is missing with the contract's own words, and sends nothing", async () => {
    const sent: NewKnowledgeEntry[] = [];
    const form = renderForm(async (entry) => void sent.push(entry));
    fireEvent.change(form.category, { target: { value: 'Services' } });
    form.submit();
    expect(await screen.findByText('Write what the receptionist should know.')).toBeTruthy();
    expect(form.content.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('sends the entry trimmed, then clears the text and keeps the category for the next one', async () => {
    const sent: NewKnowledgeEntry[] = [];
    const form = renderForm(async (entry) => void sent.push(entry));
    fireEvent.change(form.category, { target: { value: ' Services ' } });
    fireEvent.change(form.content, { target: { value: ' We clean gutters. ' } });
    form.submit();
    await waitFor(() => expect(sent).toEqual([{ category: 'Services', content: 'We clean gutters.' }]));
    await waitFor(() => expect(form.content.value).toBe(''));
    expect(form.category.value).toBe('Services');
  });

  it("puts the core's refusal under the field it names, and keeps what was typed", async () => {
    const form = renderForm(async () => {
      throw new ApiError(400, 'category: Keep the category to 60 characters or fewer.', 'category');
    });
    fireEvent.change(form.category, { target: { value: 'Services' } });
    fireEvent.change(form.content, { target: { value: 'We clean gutters.' } });
    form.submit();
    expect(await screen.findByText('Keep the category to 60 characters or fewer.')).toBeTruthy();
    expect(form.category.getAttribute('aria-invalid')).toBe('true');
    expect(form.content.value).toBe('We clean gutters.');
  });

  it('opens an edit with focus in the answer, and Escape cancels it', async () => {
    let cancelled = 0;
    render(
      <KnowledgeForm
        initial={{ category: 'Services', content: 'We repair roofs.' }}
        categories={['Services']}
        submitLabel="Save"
        onSubmit={async () => {}}
        onCancel={() => cancelled++}
      />,
    );
    const content = screen.getByLabelText('What the receptionist should know');
    await waitFor(() => expect(document.activeElement).toBe(content));
    fireEvent.keyDown(content, { key: 'Escape' });
    expect(cancelled).toBe(1);
  });
});
