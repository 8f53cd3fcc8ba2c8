// The HTTP API's request and response types, inferred on the server from the schemas its routes use: types only,
// so no server code reaches the bundle, and a field the server stops sending fails this compile.
export type * from '../../server/src/http/contract';
