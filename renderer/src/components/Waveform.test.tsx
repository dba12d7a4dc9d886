// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Waveform } from './Waveform';

afterEach(cleanup);

describe('Waveform', () => {
  it('is a slider that seeks by 5 seconds with the arrow keys, and to either end', () => {
    const onSeek = vi.fn();
    render(<Waveform peaks={[0.2, 1, 0.5]} duration={30} currentTime={10} onSeek={onSeek} />);
    const slider = screen.getByRole('slider', { name: 'Seek' });
    expect(slider.getAttribute('aria-valuetext')).toBe('0:10 of 0:30');

    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) fireEvent.keyDown(slider, { key });
    expect(onSeek.mock.calls.map(([seconds]) => seconds)).toEqual([15, 5, 0, 30]);
  });

  it('colours the bars already played', () => {
    const { container } = render(<Waveform peaks={[1, 1, 1, 1]} duration={8} currentTime={4} onSeek={() => {}} />);
    const played = [...container.querySelectorAll('span')].map((bar) => bar.className.includes('bg-blue-600'));
    expect(played).toEqual([true, true, false, false]);
  });
});
