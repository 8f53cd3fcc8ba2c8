/**
 * Assist: a watcher (an instructor of the student) asks to type into the student's terminal; every tab of the
 * student is asked, and one must accept. While it lasts the watcher's keys reach the shell through an `assist`
 * attachment (counted against the student's own limits) and the student's tabs show who is typing. Either side
 * ends it, and leaving ends it too (the watcher's socket closing, or the student's last tab). Every step is audited.
 */
import type { Attachment } from '../services/sandboxes.js';
import type { AssistAudit, RealtimeActor, RealtimeDeps } from './deps.js';
import type { AssistState, TerminalMode } from './protocol.js';

/** The little a desk needs of a terminal socket. */
export interface AssistSocket {
  id: string;
  data: { actor: RealtimeActor; studentId: string; labId: string; mode: TerminalMode };
  emit(event: 'assist', state: AssistState): void;
}

export interface AssistRooms {
  /** Tabs of the student open on the lab right now. */
  studentTabs(studentId: string, labId: string): number;
  /** Sends to every tab of the student on the lab. */
  toStudent(studentId: string, labId: string, state: AssistState): void;
}

interface Session {
  helper: AssistSocket;
  studentId: string;
  labId: string;
  state: 'requested' | 'active';
  attachment: Attachment | null;
}

const keyOf = (studentId: string, labId: string) => `${studentId}/${labId}`;

export class AssistDesk {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly deps: RealtimeDeps,
    private readonly rooms: AssistRooms,
  ) {}

  async request(socket: AssistSocket): Promise<void> {
    const { actor, studentId, labId, mode } = socket.data;
    const helper = { id: actor.id, name: actor.name };
    const refuse = (message: string) => socket.emit('assist', { state: 'unavailable', helper, message });
    if (mode !== 'watch') return refuse('Only someone watching a student’s terminal can ask to assist.');
    if (!(await this.deps.access.canAssist?.(actor, studentId, labId)))
      return refuse('You may not type into this terminal.');
    if (this.rooms.studentTabs(studentId, labId) === 0)
      return refuse('The student does not have this lab open right now.');
    const key = keyOf(studentId, labId);
    const current = this.sessions.get(key);
    if (current && current.helper !== socket)
      return refuse(`${current.helper.data.actor.name} is already assisting this student.`);
    if (current) return socket.emit('assist', { state: current.state, helper });
    this.sessions.set(key, { helper: socket, studentId, labId, state: 'requested', attachment: null });
    this.tell(key, { state: 'requested', helper });
    this.audit({ action: 'requested', helperId: actor.id, studentId, labId });
  }

  async answer(socket: AssistSocket, accept: boolean): Promise<void> {
    if (socket.data.mode !== 'interactive') return;
    const key = keyOf(socket.data.studentId, socket.data.labId);
    const session = this.sessions.get(key);
    if (!session || session.state !== 'requested') return;
    const helper = this.helperOf(session);
    const { studentId, labId } = session;
    if (!accept) {
      this.sessions.delete(key);
      this.tell(key, { state: 'declined', helper, message: 'The student declined.' }, session);
      this.audit({ action: 'declined', helperId: helper.id, studentId, labId });
      return;
    }
    session.state = 'active';
    try {
      const attachment = await this.deps.sandboxes.attach(
        studentId,
        labId,
        { output: () => undefined },
        { mode: 'assist', create: false },
      );
      // Ended while the sandbox was being found: let go at once.
      if (this.sessions.get(key) !== session) return attachment.detach();
      session.attachment = attachment;
    } catch (err) {
      this.deps.onError?.(err, `assist ${key}`);
      this.finish(session, 'left');
      return;
    }
    this.tell(key, { state: 'active', helper });
    this.audit({ action: 'started', helperId: helper.id, studentId, labId });
  }

  /** Keys from a watcher: they reach the shell only during an assist the student accepted. */
  write(socket: AssistSocket, data: string): void {
    const session = this.sessions.get(keyOf(socket.data.studentId, socket.data.labId));
    if (session?.helper === socket && session.state === 'active') session.attachment?.write(data);
  }

  /** `assistEnd` from either side. */
  end(socket: AssistSocket): void {
    const session = this.sessions.get(keyOf(socket.data.studentId, socket.data.labId));
    if (!session) return;
    if (session.helper === socket) this.finish(session, 'helper');
    else if (socket.data.mode === 'interactive') this.finish(session, 'student');
  }

  /** A socket closed: the watcher leaving ends its assist, and so does the student's last tab leaving. */
  left(socket: AssistSocket): void {
    const session = this.sessions.get(keyOf(socket.data.studentId, socket.data.labId));
    if (!session) return;
    if (session.helper === socket) this.finish(session, 'left');
    else if (socket.data.mode === 'interactive' && this.rooms.studentTabs(session.studentId, session.labId) === 0)
      this.finish(session, 'left');
  }

  private finish(session: Session, by: 'helper' | 'student' | 'left'): void {
    const key = keyOf(session.studentId, session.labId);
    if (this.sessions.get(key) !== session) return;
    this.sessions.delete(key);
    session.attachment?.detach();
    const helper = this.helperOf(session);
    const message =
      by === 'helper'
        ? `${helper.name} stopped typing.`
        : by === 'student'
          ? 'The student ended the assist.'
          : 'The assist ended: the other side left.';
    this.tell(key, { state: 'ended', helper, message }, session);
    this.audit({
      action: 'ended',
      helperId: helper.id,
      studentId: session.studentId,
      labId: session.labId,
      endedBy: by,
    });
  }

  private helperOf(session: Session) {
    return { id: session.helper.data.actor.id, name: session.helper.data.actor.name };
  }

  private tell(key: string, state: AssistState, session = this.sessions.get(key)): void {
    if (!session) return;
    session.helper.emit('assist', state);
    this.rooms.toStudent(session.studentId, session.labId, state);
  }

  private audit(event: AssistAudit): void {
    this.deps.access.auditAssist?.(event).catch((err: unknown) => this.deps.onError?.(err, 'assist audit'));
  }
}
