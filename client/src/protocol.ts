// The socket protocol shared with the server: types only, so no server code reaches the bundle.
export type * from '../../server/src/realtime/protocol';
