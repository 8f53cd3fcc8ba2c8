// Output batching and flow control of one connection.
import { OutputPump } from '../../server/src/realtime/outputPump';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('OutputPump', () => {
  it('batches output written within a few milliseconds into one frame', async () => {
    const sent: string[] = [];
    const pump = new OutputPump((data, ack) => {
      sent.push(data);
      ack?.();
    });
    pump.push('a');
    pump.push('b');
    pump.push('c');
    expect(sent).toEqual([]);
    await tick(20);
    expect(sent).toEqual(['abc']);
    pump.close();
  });

  it('flushes at once when a batch is large', () => {
    const sent: string[] = [];
    const pump = new OutputPump((data) => sent.push(data), { maxBatchChars: 10 });
    pump.push('0123456789ab');
    expect(sent).toEqual(['0123456789ab']);
    pump.close();
  });

  it('pauses while too many batches are unacknowledged, keeps a bounded backlog, and resumes on ack', async () => {
    const acks: (() => void)[] = [];
    const sent: string[] = [];
    const pump = new OutputPump(
      (data, ack) => {
        sent.push(data);
        if (ack) acks.push(ack);
      },
      { maxInFlight: 2, maxBacklogChars: 100, delayMs: 1, ackEveryBatches: 1 },
    );
    for (let i = 0; i < 4; i++) {
      pump.push(`line${i}\r\n`);
      await tick(10);
    }
    expect(sent).toEqual(['line0\r\n', 'line1\r\n']);
    for (let i = 0; i < 50; i++) pump.push(`more${i}\r\n`);
    expect(pump.backlog).toBeLessThanOrEqual(200);
    acks.shift()!();
    await tick(10);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toContain('some output was skipped');
    expect(sent[2]).toContain('more49');
    pump.close();
  });

  it('holds everything until resumed, then sends the replay first', async () => {
    const sent: string[] = [];
    const pump = new OutputPump(
      (data, ack) => {
        sent.push(data);
        ack?.();
      },
      { startPaused: true },
    );
    pump.push('live');
    await tick(10);
    expect(sent).toEqual([]);
    pump.resume('replay|');
    await tick(10);
    expect(sent).toEqual(['replay|live']);
    pump.close();
  });

  it('asks for an acknowledgement every few batches, or once enough output went unacknowledged', async () => {
    const sent: { data: string; asks: boolean }[] = [];
    const acks: (() => void)[] = [];
    const pump = new OutputPump(
      (data, ack) => {
        sent.push({ data, asks: ack !== undefined });
        if (ack) acks.push(ack);
      },
      { maxInFlight: 2, delayMs: 1, ackEveryBatches: 4, ackEveryChars: 100 },
    );
    for (let i = 0; i < 8; i++) {
      pump.push('k');
      await tick(5);
    }
    expect(sent.map((s) => s.asks)).toEqual([false, false, false, true, false, false, false, true]);
    // Two asked and unanswered: flow control holds the next batch, whatever its size, until one is answered.
    pump.push('x'.repeat(150));
    await tick(5);
    expect(sent).toHaveLength(8);
    acks.shift()!();
    await tick(5);
    expect(sent[8]).toEqual({ data: 'x'.repeat(150), asks: true });
    pump.close();
  });
});
