// Accounts (admins), and reading one's own account.
import { z } from 'zod';
import { presentUser } from '../presenters.js';
import { createdUserResponse, userResponse, usersResponse } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { createUserBody, idParams, role, updateUserBody } from './schemas.js';

export function userRoutes({ services: { users } }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/users',
      tag: 'users',
      summary: 'List accounts (admins)',
      auth: 'user',
      query: z.strictObject({
        role: role.optional(),
        search: z.string().trim().max(100, 'must be at most 100 characters').optional(),
        limit: z.coerce.number().int('must be a whole number').min(1).max(200).default(50),
        offset: z.coerce.number().int('must be a whole number').min(0).default(0),
      }),
      response: { status: 200, description: 'A page of users', schema: usersResponse },
      handler: async ({ actor, query }) => {
        const page = await users.listUsers(actor, query);
        return { users: page.users.map(presentUser), total: page.total };
      },
    }),
    route({
      method: 'post',
      path: '/users',
      tag: 'users',
      summary: 'Create an account (admins); without a password one is generated and returned once',
      auth: 'user',
      body: createUserBody,
      response: { status: 201, description: 'The new account', schema: createdUserResponse },
      handler: async ({ actor, body, context }) => {
        const { user, generatedPassword } = await users.createUser(actor, { ...body, context });
        return { user: presentUser(user), ...(generatedPassword ? { generatedPassword } : {}) };
      },
    }),
    route({
      method: 'get',
      path: '/users/:id',
      tag: 'users',
      summary: 'One account (admins, or yourself)',
      auth: 'user',
      params: idParams,
      response: { status: 200, description: 'The account', schema: userResponse },
      handler: async ({ actor, params }) => ({ user: presentUser(await users.getUser(actor, params)) }),
    }),
    route({
      method: 'patch',
      path: '/users/:id',
      tag: 'users',
      summary: "Rename an account or change its role (admins; not one's own role; audited)",
      auth: 'user',
      params: idParams,
      body: updateUserBody,
      response: { status: 200, description: 'The updated account', schema: userResponse },
      handler: async ({ actor, params, body, context }) => ({
        user: presentUser(await users.updateUser(actor, { id: params.id, ...body, context })),
      }),
    }),
  ];
}
