import { KEY, PROMPT, newTty } from './helpers.js';

describe('line editor on a real (headless) terminal', () => {
  it('shows the prompt and echoes typed text', async () => {
    const tty = await newTty();
    expect(tty.screen.text()).toBe(PROMPT);
    await tty.type('echo hi');
    expect(tty.screen.text()).toBe(`${PROMPT}echo hi`);
    await tty.type(KEY.enter);
    expect(tty.screen.lines().slice(0, 3)).toEqual([`${PROMPT}echo hi`, 'hi', PROMPT]);
    expect(tty.screen.cursor()).toEqual({ row: 2, col: PROMPT.length });
  });
});
