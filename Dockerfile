# Production image: Next's standalone server with Payload inside, configured by environment
# (see .env.example). Built and started by docker-compose.yml next to MongoDB.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# patch-package applies patches/ after the install (postinstall).
COPY patches ./patches
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The build needs no database and no secret; both are read when the server starts.
RUN npm run build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/app/data
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Next's server plus the pages' script policy (server.mjs replaces the generated server.js).
COPY --from=build --chown=node:node /app/server.mjs ./server.mjs
COPY --from=build --chown=node:node /app/lib/http/*.mjs ./lib/http/
COPY --from=build --chown=node:node /app/lib/cache/*.mjs ./lib/cache/
COPY --from=build --chown=node:node /app/lib/sites/*.mjs ./lib/sites/
COPY --from=build --chown=node:node /app/lib/envSchema.mjs /app/lib/redisOptions.mjs ./lib/
# server.mjs validates its variables with the app's schema (zod, which has no dependencies of its own).
COPY --from=build --chown=node:node /app/node_modules/zod ./node_modules/zod
RUN mkdir -p /app/data/media && chown -R node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The heap limit: see lib/http/serverCommand.mjs (a unit test keeps this line and npm start in step).
CMD ["node", "--max-old-space-size=384", "--max-semi-space-size=8", "server.mjs"]
