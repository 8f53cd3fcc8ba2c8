# kubelab: multi-stage image on Node 24 LTS (the code also runs on Node 20.19+). Build:  docker build -t kubelab .
# Run with PostgreSQL: see compose.yaml (docker compose up), or
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://… -e SESSION_SECRET=$(openssl rand -hex 32) kubelab

# ---- build: install everything, generate the Prisma client, compile the server, build the browser app ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Prisma's CLI only needs this to point at an existing file for `generate` (it never runs it; see README).
ENV PRISMA_SCHEMA_ENGINE_BINARY=/app/package.json
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY server/src/cli/generateApiDocs.ts ./server/src/cli/
# postinstall runs `npm run generate`: the Prisma client and the API's field documentation (server/src/generated).
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime: production dependencies, compiled server, built client, migrations; non-root ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/labs ./labs
COPY --from=build /app/bin ./bin
# `kubelab <command>` for operators and for deploy/migrate-job.yaml (`kubelab migrate`).
RUN ln -s /app/bin/kubelab.cjs /usr/local/bin/kubelab
# The `node` user of the base image, by number so Kubernetes' runAsNonRoot can verify it is not root. It owns
# nothing: the server writes no files (the database is PostgreSQL), so the root file system may be read-only.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations are applied at start-up (or ahead of it: kubelab migrate); operators' commands: docker compose exec app kubelab --help
CMD ["node", "dist/server/src/main.js"]
