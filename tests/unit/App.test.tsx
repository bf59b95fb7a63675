import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';

describe('App', () => {
  it('shows the Shore heading and the on-device promise', () => {
    render(() => <App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('上岸 Shore');
    expect(screen.getByText(/只保存在这台设备上/)).toBeInTheDocument();
    expect(screen.getByText(/stays on this device/)).toBeInTheDocument();
  });
});
