/**
 * A sandbox worker thread: a SandboxManager of its own over the students' clusters and shells it holds, so their
 * commands never run on the main thread's event loop (HTTP, sockets, the database). Snapshots, journal entries and
 * lab checks go to the main thread as messages (see sandboxesWire.ts); the main thread's watchdog pings it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { CheckEnvironment } from '../labs/checks/index.js';
import { checkSteps } from '../labs/progressCheck.js';
import { checkEnvironment } from '../labs/environment.js';
import { Course } from './course.js';
import type { SandboxLike } from './progress.js';
import { SandboxManager } from './sandboxes.js';
import { createKubelabSandboxFactory } from './sandboxesFactory.js';
import { warmUp } from './sandboxesWarmup.js';
import { jsonInSlices, wireJson } from './sandboxesWireJson.js';
import {
  Inbox,
  Outbox,
  quarantineKey,
  replyTo,
  Requests,
  toWire,
  type FromWorker,
  type StoreOp,
  type ToWorker,
  type WorkerSetup,
} from './sandboxesWire.js';
import { openedFromText, type OpenedText } from './sandboxesJournal.js';
import type {
  Attachment,
  KubeApiClient,
  KubeApiExchange,
  KubeApiHead,
  OpenedSandbox,
  SandboxClient,
  SandboxStore,
} from './sandboxesTypes.js';

const QUARANTINED =
  'kubelab: this command stopped the lab server earlier and is blocked in this lab; try another way.\n';

function runWorker(port: MessagePort, setup: WorkerSetup): void {
  const outbox = new Outbox<FromWorker>((batch, transfer) => port.postMessage(batch, transfer));
  const post = (message: FromWorker) => outbox.push(message);
  const requests = new Requests();
  const call = <T>(op: StoreOp, args: unknown[], transfer?: ArrayBuffer[]): Promise<T> => {
    const { id, reply } = requests.open<T>();
    outbox.push({ type: 'store', id, op, args }, transfer);
    return reply;
  };
  const store: SandboxStore = {
    open: async (userId, labId) => {
      const opened = await call<OpenedSandbox | { text: OpenedText }>('open', [userId, labId]);
      return 'text' in opened ? openedFromText(opened.text) : opened;
    },
    load: (userId, labId) => call('load', [userId, labId]),
    // Serialised here, on the worker: the main thread only hands the text (or bytes) to PostgreSQL.
    save: async (userId, labId, data, fence) => {
      const transfer: ArrayBuffer[] = [];
      const cluster = wireJson(await jsonInSlices(data.snapshot.cluster), transfer);
      const shell = wireJson(await jsonInSlices(data.snapshot.shell), transfer);
      return call('save', [userId, labId, { cluster, shell, scrollback: data.scrollback }, fence], transfer);
    },
    append: (userId, labId, entry, fence, options) => {
      const transfer: ArrayBuffer[] = [];
      return call('append', [userId, labId, wireJson(entry, transfer), fence, options], transfer);
    },
    hurry: () => void call('hurry', []),
    delete: (userId, labId) => call('delete', [userId, labId]),
    close: (userId, labId, epoch) => call('close', [userId, labId, epoch]),
  };
  const course = Course.load(setup.labsDir);
  // Before any student: their messages wait in the port meanwhile (the watchdog allows a start-up grace).
  warmUp(course);
  const environments = new Map<string, CheckEnvironment>();
  const envKey = (userId: string, labId: string) => `${userId}/${labId}`;
  const progress = {
    watchSandbox(userId: string, labId: string, sandbox: SandboxLike, user?: string) {
      const key = envKey(userId, labId);
      const env = checkEnvironment(sandbox.cluster, sandbox.shell, user);
      environments.set(key, env);
      post({ type: 'progress', op: 'register', userId, labId });
      const off = sandbox.shell.onCommand(() => post({ type: 'progress', op: 'command', userId, labId }));
      return () => {
        off();
        if (environments.get(key) !== env) return;
        environments.delete(key);
        post({ type: 'progress', op: 'unregister', userId, labId });
      };
    },
  };
  const logger = {
    error(details: { err?: unknown } & Record<string, unknown>, message: string) {
      const { err, ...rest } = details;
      post({ type: 'log', level: 'error', context: message, error: toWire(err), details: rest });
    },
  };
  const quarantine = new Set(setup.quarantine);
  const manager = new SandboxManager({
    ...setup.manager,
    factory: createKubelabSandboxFactory({ course, progress, logger }),
    store,
    onError: (err, context) => post({ type: 'log', level: 'error', context, error: toWire(err) }),
    onNotice: (message) => post({ type: 'log', level: 'info', context: message }),
    onLineStart: (userId, labId, line) => {
      if (quarantine.has(quarantineKey(userId, labId, line))) return QUARANTINED;
      post({ type: 'line', userId, labId, line });
      // Now, not at the end of this turn: if the line never ends, the watchdog must know which one it was.
      outbox.flush();
      if (setup.testHooks && line === 'kubelab-test-hang') for (;;);
      return undefined;
    },
    onLineEnd: (userId, labId) => post({ type: 'line', userId, labId, line: null }),
    onLive: (userId, labId, live) => post({ type: 'live', userId, labId, live }),
  }).start();
  manager.onPresence((change) => post({ type: 'presence', change }));

  const attachments = new Map<number, Attachment>();
  /** Open Kubernetes API streams by client id, and how to end each. */
  const apiStreams = new Map<number, () => void>();
  /** Where the input of open sessions (exec, attach) goes, by client id. */
  const apiInputs = new Map<number, KubeApiExchange['input']>();
  const liveEnvironment = ({ userId, labId }: { userId: string; labId: string }) => {
    const env = environments.get(envKey(userId, labId));
    if (!env) throw new Error(`no live environment for ${userId}/${labId}`);
    return env;
  };
  const reply = (id: number, work: () => unknown) => void replyTo(id, work).then(post);

  // New work waits its turn in slices; answers (the watchdog's ping, a store reply) are taken at once: the loop that
  // turns is what the watchdog asks about, and a prompt waiting on its journal entry should not wait for new work.
  const inbox = new Inbox<ToWorker>(receive);
  port.on('message', (batch: ToWorker[]) => {
    for (const message of batch) {
      if (message.type === 'ping' || message.type === 'reply') receive(message);
      else inbox.push(message);
    }
  });
  function receive(message: ToWorker): void {
    switch (message.type) {
      case 'ping':
        post({ type: 'pong' });
        return;
      case 'reply':
        requests.settle(message);
        return;
      case 'attach': {
        const { clientId } = message;
        const client: SandboxClient = {
          output: (data) => post({ type: 'output', clientId, data }),
          size: (size) => post({ type: 'size', clientId, size }),
          closed: (reason) => {
            attachments.delete(clientId);
            post({ type: 'closed', clientId, reason });
          },
        };
        reply(message.id, async () => {
          const attachment = await manager.attach(message.userId, message.labId, client, message.options);
          attachments.set(clientId, attachment);
          return { restored: attachment.restored, scrollback: attachment.scrollback, size: attachment.size };
        });
        return;
      }
      case 'write':
        attachments.get(message.clientId)?.write(message.data);
        return;
      case 'resize':
        attachments.get(message.clientId)?.resize(message.cols, message.rows);
        return;
      case 'detach':
        attachments.get(message.clientId)?.detach();
        attachments.delete(message.clientId);
        apiStreams.get(message.clientId)?.();
        apiInputs.delete(message.clientId);
        return;
      case 'sessionInput':
        apiInputs.get(message.clientId)?.(message.input);
        return;
      case 'kubeApi': {
        const { clientId } = message;
        const client: KubeApiClient = {
          chunk: (data: string) => post({ type: 'output', clientId, data }),
          output: (channel, data) => post({ type: 'sessionOutput', clientId, channel, data }),
          finish: (status) => post({ type: 'sessionEnd', clientId, status }),
          end: () => {
            apiStreams.delete(clientId);
            apiInputs.delete(clientId);
            post({ type: 'closed', clientId, reason: 'idle' });
          },
        };
        reply(message.id, async (): Promise<KubeApiHead> => {
          const login = message.login ? { login: message.login } : {};
          const exchange = await manager.kubeApi(message.userId, message.labId, message.request, client, login);
          if (exchange.streaming) apiStreams.set(clientId, () => exchange.stop());
          if (exchange.session) apiInputs.set(clientId, (input) => exchange.input(input));
          const head: KubeApiHead = {
            status: exchange.status,
            contentType: exchange.contentType,
            streaming: exchange.streaming,
          };
          if (exchange.body !== undefined) head.body = exchange.body;
          if (exchange.headers) head.headers = exchange.headers;
          if (exchange.session) head.session = exchange.session;
          if (exchange.dialError !== undefined) head.dialError = exchange.dialError;
          return head;
        });
        return;
      }
      case 'check':
        reply(message.id, () =>
          checkSteps(course.findLab(message.labId), new Set(message.done), liveEnvironment(message)).map((o) => ({
            stepId: o.step.id,
            evaluation: o.evaluation,
            current: o.current,
          })),
        );
        return;
      case 'version':
        reply(message.id, () => liveEnvironment(message).cluster.store.resourceVersion());
        return;
      case 'reset':
        reply(message.id, () => manager.reset(message.userId, message.labId));
        return;
      case 'quarantine':
        quarantine.add(message.key);
        return;
      case 'flush':
        reply(message.id, () => manager.flush());
        return;
      case 'shutdown':
        reply(message.id, () => manager.shutdown());
        return;
      case 'handOver':
        reply(message.id, () => manager.handOver(message.userId, message.labId));
        return;
    }
  }
  post({ type: 'ready' });
}

if (parentPort) runWorker(parentPort, workerData as WorkerSetup);
